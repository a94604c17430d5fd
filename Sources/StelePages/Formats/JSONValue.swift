import Foundation

/// A JSON document written with its keys in the order given, so the same data gives the same bytes
/// (strings quoted by `JSONText`, which escapes `<`, `>` and `&` too).
///
/// Objects are pretty-printed with two spaces; an array puts each item on a line of its own, and an
/// item that is an object or array is written compactly on that line. A list of records (stats.json's
/// 270,000 quantities at 10,000 articles) is then one record per line, like timeline.json: a quarter
/// fewer bytes than one member per line, and a diff still shows which record changed.
enum JSONValue {
    case object([(String, JSONValue)])
    case array([JSONValue])
    /// An array whose items are made one by one as it is written, and dropped once written: a list of
    /// hundreds of thousands of records never exists as values all at once.
    case items(any Sequence<JSONValue>)
    case string(String)
    case int(Int)
    /// Written exactly as the decimal's digits (518000, 99.99).
    case decimal(Decimal)
    /// Written rounded to four decimal places.
    case double(Double)
    case bool(Bool)
    case null

    /// `value`, or `null` when nil.
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The document, ending in a newline.
    func serialized() -> String {
        var bytes: [UInt8] = []
        write { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `serialized()` handed to `consume` a chunk at a time, in order: a build writing into its staging
    /// folder never holds the whole document (`StreamedFile`).
    func write(chunks consume: (UnsafeRawBufferPointer) -> Void) {
        ChunkedOutput.write(to: consume) { output in
            write(to: &output, indent: "")
            output += "\n"
        }
    }

    private func write(to output: inout ChunkedOutput, indent: String) {
        switch self {
        case let .object(members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += indent
                output += "  "
                output.appendQuoted(key)
                output += ": "
                value.write(to: &output, indent: indent + "  ")
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        case let .array(items):
            writeItems(items, to: &output, indent: indent)
        case let .items(items):
            writeItems(items, to: &output, indent: indent)
        default:
            writeCompactly(to: &output)
        }
    }

    /// `[`, each item on its own line, `]`; `[]` when there are none.
    private func writeItems(_ items: some Sequence<JSONValue>, to output: inout ChunkedOutput, indent: String) {
        var isFirst = true
        for item in items {
            output += isFirst ? "[\n" : ",\n"
            output += indent
            output += "  "
            item.writeCompactly(to: &output)
            isFirst = false
        }
        if isFirst {
            output += "[]"
        } else {
            output += "\n"
            output += indent
            output += "]"
        }
    }

    /// On one line, with a space after each comma and colon.
    private func writeCompactly(to output: inout ChunkedOutput) {
        switch self {
        case let .object(members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += ", " }
                output.appendQuoted(key)
                output += ": "
                value.writeCompactly(to: &output)
            }
            output += "}"
        case let .array(items):
            writeCompactly(items, to: &output)
        case let .items(items):
            writeCompactly(items, to: &output)
        case let .string(string): output.appendQuoted(string)
        case let .int(int): output.append(int)
        case let .decimal(decimal): output += decimal.description
        case let .double(double):
            let rounded = (double * 10_000).rounded() / 10_000
            output += rounded.isFinite ? String(describing: rounded) : "null"
        case let .bool(bool): output += bool ? "true" : "false"
        case .null: output += "null"
        }
    }

    private func writeCompactly(_ items: some Sequence<JSONValue>, to output: inout ChunkedOutput) {
        output += "["
        var isFirst = true
        for item in items {
            if !isFirst { output += ", " }
            item.writeCompactly(to: &output)
            isFirst = false
        }
        output += "]"
    }
}
