// Real servers' logs, sixty-sixth round, produced by the programs in test/fixtures/fingerprint/programs/
// and labelled by reading each program's source (one group per log statement; label.py says where
// each was checked).
//   - trafficserver.ndjson: Debian 12's Apache Traffic Server 9.2.5+ds-0+deb12u4 (programs/
//     trafficserver), traffic_manager on a runroot of its own starting traffic_server; manager.log
//     and diags.log (`[<date>] <thread> <LEVEL>: <message>`) and error.log (`<stamp> CONNECT: …`).
//     Origins that refuse or do not resolve; parent.config entries and a header_rewrite plugin
//     configuration that fail; reloads of remap.config with a rule with no target, a bad regex and
//     a remap plugin that is not there; records it does not know; traffic_server killed under the
//     manager, restarted, and dying at start on a certificate that is not there while the manager
//     starts it again.
//     218 records of 70 statements.
// MERGES_LEFT lists the signatures that still hold more than one statement: the test fails on any other.
import { describe } from 'vitest';
import { itGroupsServerLogs } from './server-log-set.js';

// Measured on main's rules (rounds-fp/48 as it opened): GA trafficserver 0.541 (218 records, 70
// statements, 58 signatures). Two failure classes: the diags header's slot for the thread or the
// program that wrote the line (`traffic_server`, `traffic_manager`, `[ET_NET 0]`, `[ET_TASK 1]`,
// `[TS_MAIN]`) stayed a word of the message, so one statement written from two threads or both
// programs was two or three signatures (DiagsConfig.cc's `updated diags config`, `Traffic Server is
// fully initialized.`, HttpConfig.cc's `connect_attempts_rr_retries … is greater than …`); and
// each configuration file's `%s loading ...` and `%s finished loading` (one statement per file that
// loads: Store.cc, IPAllow.cc, ParentSelection.cc, Plugin.cc, LogConfig.cc, …) is one signature,
// the file's name a value as it is in the format. Drain3 0.225 (bench/grouping_drain3.py's
// configuration, drain3 0.9.11, through bench/grouping-server-logs.ts).
// After this round's rule (the diags head's thread or program slot left out of the line the miner
// reads, the level kept, diags-thread-slot.ts, with its focused test): GA 0.624 (47 signatures);
// the statements split by thread are one signature each. Left: the configuration files' `%s loading
// ...`, `%s finished loading` and `%s failed to load` (ReverseProxy.cc:156's remap.config beside
// SSLConfig.cc:617's ssl_multicert.config path, apart before only by the thread that wrote them),
// a file's name in the place the format gives an argument: ten files met there, and a place that
// held three names in otherwise equal lines is a value's (miner.ts VALUE_WORDS), as it is for a
// loop's `%s loading ...` over files, which a rule could not tell from these.
const MERGES_LEFT: Record<string, string[][]> = {
  'trafficserver.ndjson': [
    [
      'iocore/cache/Store.cc:313 Note("%s loading ...", ts::filename::STORAGE)',
      'proxy/IPAllow.cc:149 Note("%s loading ...", ts::filename::IP_ALLOW)',
      'proxy/ParentSelection.cc:284 Note("%s loading ...", ts::filename::PARENT)',
      'proxy/logging/LogConfig.cc:843 Note("%s loading ...", path.get())',
      'proxy/Plugin.cc:282 Note("%s loading ...", ts::filename::PLUGIN)',
      'iocore/net/SSLSNIConfig.cc:232 Note("%s loading ...", sni_filename.c_str())',
      'iocore/net/SSLUtils.cc:1983 Note("%s loading ...", ts::filename::SSL_MULTICERT)',
      'iocore/cache/CacheHosting.cc:595 Note("%s loading ...", ts::filename::VOLUME)',
      'proxy/ReverseProxy.cc:68 Note("%s loading ...", ts::filename::REMAP)',
      'proxy/http/remap/NextHopStrategyFactory.cc:52 NH_Note("%s loading ...", basename)',
      'iocore/cache/CacheHosting.cc:247 Note("%s loading ...", ts::filename::HOSTING)',
      'proxy/ReverseProxy.cc:135 Note("%s loading ...", ts::filename::REMAP)',
    ],
    [
      'iocore/cache/Store.cc:424 Note("%s finished loading", ts::filename::STORAGE)',
      'proxy/IPAllow.cc:158 Note("%s finished loading", ts::filename::IP_ALLOW)',
      'proxy/ParentSelection.cc:300 Note("%s finished loading", ts::filename::PARENT)',
      'proxy/logging/LogConfig.cc:848 Note("%s finished loading", path.get())',
      'proxy/Plugin.cc:362 Note("%s finished loading", ts::filename::PLUGIN)',
      'iocore/net/SSLSNIConfig.cc:294 Note("%s finished loading", sni_filename.c_str())',
      'iocore/net/SSLConfig.cc:615 Note("%s finished loading", params->configFilePath)',
      'iocore/cache/CacheHosting.cc:612 Note("volume.config finished loading")',
      'proxy/http/remap/NextHopStrategyFactory.cc:117 NH_Note("%s finished loading", basename)',
      'proxy/ReverseProxy.cc:72 Note("%s finished loading", ts::filename::REMAP)',
      'iocore/cache/CacheHosting.cc:329 Note("%s finished loading", ts::filename::HOSTING)',
      'proxy/ReverseProxy.cc:139 Note(msg_format = "%s finished loading", ts::filename::REMAP)',
    ],
    [
      'proxy/ReverseProxy.cc:156 Error(msg_format = "%s failed to load", ts::filename::REMAP)',
      'iocore/net/SSLConfig.cc:617 Error("%s failed to load", params->configFilePath)',
    ],
  ],
};

describe("real servers' logs, sixty-sixth round", () => {
  itGroupsServerLogs(
    [
      ['trafficserver.ndjson', 'trafficserver', 0.623],
    ],
    MERGES_LEFT,
  );
});
