# Drain3 (https://github.com/logpai/Drain3, `pip install drain3`) on the Loghub-2k dev split,
# for bench/grouping.ts: its default configuration plus the masking documented in its
# examples/drain3.ini (MAC-like ids, IPv4, hex sequences, 0x hex, numbers). One fresh
# TemplateMiner per dataset, lines in file order; a line's group is the cluster id Drain3
# returned for it when it arrived (streaming, as Rounds is measured).
#
#   python3 bench/grouping_drain3.py test/fixtures/loghub-dev   → one JSON object on stdout
import json
import os
import sys
import time

from drain3 import TemplateMiner
from drain3.masking import MaskingInstruction
from drain3.template_miner_config import TemplateMinerConfig

# examples/drain3.ini of Drain3, [MASKING]
MASKING = [
    (r"((?<=[^A-Za-z0-9])|^)(([0-9a-f]{2,}:){3,}([0-9a-f]{2,}))((?=[^A-Za-z0-9])|$)", "ID"),
    (r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)", "IP"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9a-f]{6,} ?){3,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)([0-9A-F]{4} ?){4,}((?=[^A-Za-z0-9])|$)", "SEQ"),
    (r"((?<=[^A-Za-z0-9])|^)(0x[a-f0-9A-F]+)((?=[^A-Za-z0-9])|$)", "HEX"),
    (r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)", "NUM"),
    (r"(?<=executed cmd )(\".+?\")", "CMD"),
]


def main(directory):
    out = {}
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(directory, name), encoding="utf-8") as f:
            rows = f.read().split("\n")[1:]
        lines = [r.split("\t", 1)[1] for r in rows if r]
        config = TemplateMinerConfig()
        config.profiling_enabled = False
        config.masking_instructions = [MaskingInstruction(p, m) for p, m in MASKING]
        miner = TemplateMiner(config=config)
        start = time.process_time()
        labels = [miner.add_log_message(line)["cluster_id"] for line in lines]
        seconds = time.process_time() - start
        out[name[: -len(".tsv")]] = {"labels": labels, "cpuSeconds": seconds}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
