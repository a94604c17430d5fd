#ifndef STELE_CMEMORY_H
#define STELE_CMEMORY_H

/// Sorts the allocator's lists of freed blocks and gives unused memory back to the system (glibc's
/// malloc_trim); does nothing where the allocator has no such call.
void stele_return_freed_memory(void);

#endif
