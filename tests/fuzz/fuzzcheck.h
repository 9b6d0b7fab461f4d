#pragma once

#include <cstdio>
#include <cstdlib>

/// A property every input must keep: when it does not, the target aborts, which libFuzzer
/// reports as a crash (and the replay test as a failure).
#define GW_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: property failed: %s\n", __FILE__, __LINE__, #cond);       \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
