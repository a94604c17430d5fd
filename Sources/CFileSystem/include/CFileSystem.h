#ifndef STELE_CFILESYSTEM_H
#define STELE_CFILESYSTEM_H

/// Swaps the two paths `first` and `second` in one step (Linux's renameat2 with RENAME_EXCHANGE), so
/// that neither name is ever missing. Both must exist. Returns 0, or -1 with errno set; EINVAL or
/// ENOSYS mean the file system or kernel cannot exchange, and the caller falls back to two renames.
int stele_exchange_paths(const char *first, const char *second);

/// Flushes the file system holding `path` to disk (Linux's syncfs): one call for all the files a build
/// wrote, instead of one fsync per file. Returns 0, or -1 with errno set.
int stele_sync_file_system(const char *path);

#endif
