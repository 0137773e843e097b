/*
 * Linked into the native kessan executable (Native AOT, Linux). Before anything else runs, the runtime writes the
 * executable's type data (its ".hydrated" section, several MiB, zero-filled memory after the file's data) page by
 * page; on a virtual machine every fresh 4 KiB page costs a trap to the hypervisor. This asks the kernel for
 * transparent huge pages for that memory first, so that it arrives 2 MiB at a time. Advice only: where the kernel
 * has them off, nothing changes. See CommandHeap.cs for the heap's part, bench/README.md for the measurements.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>

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

__attribute__((constructor)) static void kessan_advise_hydrated_pages(void)
{
    dl_iterate_phdr(advise_zero_filled_data, 0);
}
