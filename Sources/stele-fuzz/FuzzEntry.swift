import Foundation
import SteleFuzz

/// `stele-fuzz TARGET FILE…` runs files through a fuzz target, to replay what a fuzzer found.
///
/// Built by `make fuzz` with `-sanitize=fuzzer,address -DFUZZING`, it hands control to libFuzzer
/// instead (`stele-fuzz TARGET [libFuzzer options] [corpus folders]`). SwiftPM names an executable's
/// entry point itself, so libFuzzer's own `main` is not used: its driver is called from here.
@main struct FuzzMain {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: stele-fuzz \(names) FILE…\n".utf8))
            exit(2)
        }
        #if FUZZING
        fuzz(target, options: Array(arguments.dropFirst()))
        #else
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                exit(1)
            }
            target.run(data)
            print("\(path): ok")
        }
        #endif
    }
}

#if FUZZING
/// The target libFuzzer's callback runs; set once, before the driver starts.
nonisolated(unsafe) private var currentTarget = FuzzTarget.markdown

/// libFuzzer's entry point, which its archive's `main` object names whether or not that `main` is the one run.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    currentTarget.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

private func fuzz(_ target: FuzzTarget, options: [String]) {
    currentTarget = target
    // libFuzzer reads argv[0] as the program and the rest as its options and corpus folders.
    var arguments = ([CommandLine.arguments[0]] + options).map { strdup($0) }
    arguments.append(nil)
    var argc = CInt(arguments.count - 1)
    arguments.withUnsafeMutableBufferPointer { buffer in
        var argv = buffer.baseAddress
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
    }
}
#endif
