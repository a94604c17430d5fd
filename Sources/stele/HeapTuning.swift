import CHeap

/// How the C heap is asked to behave for a build.
enum HeapTuning {
    /// Blocks of 128 KiB and more are mapped on their own and given back to the system when freed.
    ///
    /// glibc starts there, but raises the limit to the size of every such block freed, up to 32 MiB.
    /// A build frees many large strings (rendered pages, JSON chunks), so after the first ones almost
    /// every large block came from the arenas, and the holes they left kept the peak resident size
    /// about 15 MiB higher at 10,000 articles (docs/performance.md). Setting the limit fixes it.
    static func apply() {
        _ = mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    }
}
