#if canImport(Glibc)
import Glibc
#endif

/// How the C allocator serves the large buffers of a big generation.
///
/// ```swift
/// LargeAllocations.returnToTheSystemWhenFreed()   // first thing in a command-line tool
/// ```
public enum LargeAllocations {
    /// Serves every allocation of 1 MiB or more from a mapping of its own, which goes back to the
    /// system when it is freed. glibc otherwise raises that threshold each time it frees such a
    /// block (up to 32 MiB), so that the later large buffers of a generation (the snapshot's
    /// 40 MB of JSON, the texts of the files) come from its heaps and stay resident once freed:
    /// a 10,000-table `generate` peaked at 363 MiB resident, and peaks at 309 MiB with this, for
    /// the same CPU. It changes a setting of the whole process, so the `schemagen` command calls
    /// it, not the library. Where the C library is not glibc it does nothing.
    public static func returnToTheSystemWhenFreed() {
        #if canImport(Glibc)
        // `mallopt(M_MMAP_THRESHOLD, 1 MiB)`: <malloc.h> is not in the Glibc module, so the
        // function is looked up (a null handle is RTLD_DEFAULT) and M_MMAP_THRESHOLD is its value.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let mallopt = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(mallopt, to: Mallopt.self)(-3, 1 << 20)
        #endif
    }
}
