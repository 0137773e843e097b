/*
 * Linked into the native kessan executable (Native AOT, Linux), run before anything else. On a virtual machine every
 * fresh 4 KiB page of memory costs a trap to the hypervisor, so this asks the kernel for transparent huge pages, which
 * arrive 2 MiB at a time, for the memory a command is sure to touch:
 *
 * - the executable's type data, which the runtime writes at start (its ".hydrated" section, several MiB of
 *   zero-filled memory after the file's data);
 * - the C heap (zlib's compressors, about 350 KiB each, OpenSSL, SQLite): one arena for every thread, grown 32 MiB at
 *   a time from its start, that first stretch advised; requests up to 4 MiB come from it, not from a mapping of their
 *   own. Without this, the compressors of release.xlsx's parts alone took some 4 MiB of fresh 4 KiB pages, because
 *   glibc's per-thread caches of small blocks kept the compressors' freed blocks from being merged and reused.
 *
 * Advice only: where the kernel has huge pages off, nothing changes. See CommandHeap.cs for the managed heap's part,
 * bench/README.md for the measurements.
 */
#define _GNU_SOURCE
#include <link.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

static int advise_zero_filled_data(struct dl_phdr_info *info, size_t size, void *unused)
{
    (void)size;
    (void)unused;
    const uintptr_t huge = (uintptr_t)2 << 20;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[i];
        if (segment->p_type == PT_LOAD && (segment->p_flags & PF_W) && segment->p_memsz > segment->p_filesz)
        {
            uintptr_t start = (info->dlpi_addr + segment->p_vaddr + segment->p_filesz + huge - 1) & ~(huge - 1);
            uintptr_t end = info->dlpi_addr + segment->p_vaddr + segment->p_memsz;
            if (end > start)
            {
                madvise((void *)start, end - start, MADV_HUGEPAGE);
            }
        }
    }
    return 1; /* the first object listed is the executable itself: done */
}

/* Grows the C heap by its 32 MiB pad at once (two blocks under the mapping threshold that the first stretch cannot
 * hold), advises the whole huge pages of it, and gives the blocks back: the pad stays, as M_TOP_PAD keeps it. */
static void advise_c_heap(void)
{
    const uintptr_t huge = (uintptr_t)2 << 20;
    const size_t pad = (size_t)32 << 20;
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, 4 << 20);
    mallopt(M_TOP_PAD, (int)pad);
    void *a = malloc(120 << 10);
    void *b = malloc(120 << 10);
    if (a == 0 || b == 0)
    {
        free(b);
        free(a);
        return;
    }
    uintptr_t start = ((uintptr_t)a + huge - 1) & ~(huge - 1);
    uintptr_t end = (uintptr_t)sbrk(0) & ~(huge - 1);
    if (end > start)
    {
        madvise((void *)start, end - start, MADV_HUGEPAGE);
    }
    free(b);
    free(a);
}

__attribute__((constructor)) static void kessan_advise_huge_pages(void)
{
    dl_iterate_phdr(advise_zero_filled_data, 0);
    advise_c_heap();
}
