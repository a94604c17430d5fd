import Foundation

/// A JSON document written with its keys in the order given, so the same data gives the same bytes
/// (strings quoted by `JSONText`, which escapes `<`, `>` and `&` too).
enum JSONValue: Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case int(Int)
    /// Written exactly as the decimal's digits (518000, 99.99).
    case decimal(Decimal)
    /// Written rounded to four decimal places.
    case double(Double)
    case bool(Bool)
    case null

    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// `value`, or `null` when nil.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two spaces, ending in a newline.
    func serialized() -> String {
        String(decoding: bytes(), as: UTF8.self)
    }

    /// `serialized()` as the bytes of a file. Written into one byte buffer and handed over as it is: a
    /// string, then the string with its newline, then its bytes held three copies of a 100 MB stats.json.
    func data() -> Data {
        Data(bytes())
    }

    private func bytes() -> [UInt8] {
        var output = JSONOutput()
        write(to: &output, indent: "")
        output += "\n"
        return output.bytes
    }

    private func write(to output: inout JSONOutput, indent: String) {
        switch self {
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += indent + "  " + JSONText.quote(key) + ": "
                value.write(to: &output, indent: indent + "  ")
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case let .array(items):
            guard !items.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, item) in items.enumerated() {
                output += indent + "  "
                item.write(to: &output, indent: indent + "  ")
                output += index == items.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case let .string(string): output += JSONText.quote(string)
        case let .int(int): output += String(int)
        case let .decimal(decimal): output += decimal.description
        case let .double(double):
            let rounded = (double * 10_000).rounded() / 10_000
            output += rounded.isFinite ? String(describing: rounded) : "null"
        case let .bool(bool): output += bool ? "true" : "false"
        case .null: output += "null"
        }
    }
}

/// The bytes of a JSON document as it is written.
private struct JSONOutput {
    var bytes: [UInt8] = []

    static func += (output: inout JSONOutput, text: String) {
        output.bytes.append(contentsOf: text.utf8)
    }
}
