// A Linux driver's message names its device as dev_printk writes it, the driver and the device's
// bus address (`amdgpu 0000:28:00.0: `, `usb 1-2.3: `); a driver that also defines dev_fmt or
// pr_fmt with its own name (Documentation/process/coding-style.rst, "Printing kernel messages")
// names itself a second time after the device: amdgpu since Linux 6.2 writes
// `amdgpu 0000:c5:00.0: amdgpu: GPU reset begin!` where 6.1 wrote `amdgpu 0000:08:00.0: GPU reset
// begin!`. The second name says nothing the first did not, and one statement read as two
// templates of different lengths (the miner routes by token count). It goes when it repeats the
// driver's name exactly and follows a device written with a digit (a bus address, a port path),
// at the start of the kernel's message; another word after the device (`usb 1-3: usbfs: …`, the
// subsystem's own prefix) is the statement's.
const REPEATED_DRIVER_NAME = /^((?:kernel: )?([a-z][\w-]{0,31}) (?=[^\s:]*\d)[^\s]{1,64}: )\2: /;

/** `text` without a driver's name repeated after its device prefix (see above). */
export function withoutRepeatedDriverName(text: string): string {
  return text.replace(REPEATED_DRIVER_NAME, '$1');
}
