#include "hugepages.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#if defined(__linux__) && defined(__GLIBC__)
#include <unistd.h>
#endif

namespace HugePages {

void enableForProcess(char* argv[])
{
#if defined(__linux__) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 35)
    const char* tunables = std::getenv("GLIBC_TUNABLES");
    if (tunables && std::strstr(tunables, "glibc.malloc.hugetlb"))
        return;
    // "always [madvise] never": huge pages are given on request unless the administrator chose "never".
    char mode[128] = {};
    if (FILE* f = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r")) {
        const size_t n = std::fread(mode, 1, sizeof mode - 1, f);
        std::fclose(f);
        mode[n] = '\0';
    }
    if (!std::strstr(mode, "[always]") && !std::strstr(mode, "[madvise]"))
        return;
    std::string value = tunables && *tunables ? std::string(tunables) + ':' : std::string();
    value += "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0)
        return;
    execv("/proc/self/exe", argv);
    // Still here: the exec failed. The environment keeps the tunable for child processes, which is harmless.
#else
    (void)argv;
#endif
}

} // namespace HugePages
