import Foundation

/// Every file of an output folder as the file system holds it: path, size, modification time and inode.
///
/// Two listings are equal only when no file was added, removed, rewritten or touched in between: a
/// write changes the time, a rename or a new file the inode. Read with `lstat` alone, so listing a
/// folder of 30,000 files costs a few tenths of what reading them would.
struct OutputListing {
    /// One line a file, `inode size seconds.nanoseconds path`, sorted by path.
    private(set) var lines: [String]

    /// The listing of `folder`; nil when it cannot be read whole, or holds anything but folders and
    /// regular files (a link, a socket: never what a build writes).
    init?(of folder: String) {
        var lines: [String] = []
        guard Self.collect(folder, relative: "", into: &lines) else { return nil }
        self.lines = lines.sorted()
    }

    private static func collect(_ folder: String, relative: String, into lines: inout [String]) -> Bool {
        guard let directory = opendir(folder) else { return false }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let path = folder + "/" + name
            let shown = relative.isEmpty ? name : relative + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else { return false }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                guard collect(path, relative: shown, into: &lines) else { return false }
            case S_IFREG:
                let time = status.st_mtim
                lines.append("\(status.st_ino) \(status.st_size) \(time.tv_sec).\(time.tv_nsec) \(shown)")
            default:
                return false
            }
        }
        return true
    }
}
