import Foundation

/// Calls into the CICU shim functions that take bytes and hand back a `malloc`ed UTF-8 buffer.
package enum ICUCall {
    package typealias Function = (_ input: UnsafePointer<CChar>?, _ count: Int32,
                          _ output: inout UnsafeMutablePointer<CChar>?, _ outputLength: inout Int32) -> Int32

    /// Runs `function` on `bytes` and returns the UTF-8 it wrote (freeing the buffer), or nil when it failed.
    package static func utf8(from bytes: [UInt8], _ function: Function) -> String? {
        guard bytes.count < Int(Int32.max) else { return nil }
        var output: UnsafeMutablePointer<CChar>?
        var length: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                function(chars.baseAddress, Int32(chars.count), &output, &length)
            }
        }
        guard status == 0, let output else { return nil }
        defer { free(output) }
        let utf8 = UnsafeBufferPointer(start: UnsafeRawPointer(output).assumingMemoryBound(to: UInt8.self),
                                       count: Int(length))
        return String(validating: utf8, as: UTF8.self)
    }
}
