/// The lines of a UTF-8 file held as bytes, for the large data files (dictionary, IDF table) that are
/// read without making a `String` per line.
enum ByteLines {
    /// Calls `body` with the 1-based number and byte range of every non-empty line, without its line end
    /// (LF or CRLF) and without a leading byte-order mark; stops when `body` returns false.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ line: Int, _ range: Range<Int>) -> Bool) {
        var position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > position && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd > position && !body(lineNumber, position..<lineEnd) { return }
            position = end + 1
        }
    }
}
