#pragma once

// A million-row import or reconciliation touches a few hundred megabytes of fresh memory, and on a virtual machine
// every 4 KiB page of it costs a fault: a third of the run went there. glibc's allocator backs its large blocks
// with transparent huge pages (2 MiB, 512 times fewer faults) when its tunable glibc.malloc.hugetlb is 1, which it
// reads from the environment only as the process starts. So the program starts itself again at once (exec, same
// process id, same arguments) with the tunable set, before anything else is done.
//
// Nothing happens when GLIBC_TUNABLES already names glibc.malloc.hugetlb (GLIBC_TUNABLES=glibc.malloc.hugetlb=0
// turns it off), when the kernel offers no transparent huge pages, outside Linux with glibc, or when the exec fails
// (the program then goes on as it is).
namespace HugePages {

void enableForProcess(char* argv[]);

} // namespace HugePages
