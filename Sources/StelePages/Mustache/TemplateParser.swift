/// Reads a template's text into a `CompiledTemplate`, by swift-mustache's rules to the letter (its
/// `Template+Parser.swift`, version 2): which tags stand alone on their line and take the line with them,
/// which whitespace a partial indents by, how `{{<parent}}` gathers its blocks. Those rules decide the
/// rendered bytes, so they are kept as the library has them, oddities included (`TemplateCompilerTests`).
///
/// swift-mustache parses every template first and reports its errors; this parser only fails where that
/// one would have, and `Theme` then renders with swift-mustache itself.
struct TemplateParser {
    struct Failure: Error {}

    private let text: String
    private var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    static func compile(_ text: String) throws(Failure) -> CompiledTemplate {
        var parser = TemplateParser(text)
        return try parser.parse(State())
    }

    /// What the parser knows where it stands: the section it is in, the delimiters, whether the tag
    /// starts a line.
    private struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var atLineStart = true
        /// Inside `{{<parent}}…{{/parent}}`.
        var inPartialDefinition = false
        /// Directly inside it, where `{{$name}}` defines a block rather than expanding one.
        var atPartialDefinitionTop = false
        var open = "{{"
        var close = "}}"
        /// The first line's indentation inside a block definition, taken off the lines after it.
        var partialDefinitionIndent: Substring?

        func entering(section name: String, atLineStart: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.atPartialDefinitionTop = false
            if !atLineStart { state.atLineStart = false }
            return state
        }

        func enteringPartialDefinition(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.atLineStart = true
            state.inPartialDefinition = true
            state.atPartialDefinitionTop = true
            return state
        }
    }

    private mutating func parse(_ initial: State) throws(Failure) -> CompiledTemplate {
        var parts: [TemplatePart] = []
        var state = initial
        var whitespaceBefore: Substring = ""

        /// The line's leading whitespace, written out where a tag does not stand alone.
        func flushWhitespace() {
            if !whitespaceBefore.isEmpty {
                parts.append(.text(String(whitespaceBefore)))
                whitespaceBefore = ""
            }
        }

        while !atEnd {
            if state.atLineStart {
                let whitespace = read(while: { $0 == " " || $0 == "\t" })
                if state.inPartialDefinition, !state.atPartialDefinitionTop {
                    if let indent = state.partialDefinitionIndent {
                        whitespaceBefore = whitespace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whitespace
                    }
                } else {
                    whitespaceBefore = whitespace
                }
            }
            let text = readTextUntilTagOrNewline(state)
            if current.isNewline {
                parts.append(.text(String(whitespaceBefore) + text + String(current)))
                state.atLineStart = true
                advance()
                continue
            }
            if !text.isEmpty {
                parts.append(.text(String(whitespaceBefore) + text))
                whitespaceBefore = ""
                state.atLineStart = false
            }
            if atEnd { break }

            var standalone = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                advance()
                let (name, transforms) = try readName(state)
                if isStandalone(state) {
                    standalone = true
                } else {
                    flushWhitespace()
                }
                let inner = try parse(state.entering(section: name, atLineStart: standalone, transforms: transforms))
                parts.append(.section(TemplateName(name, transforms: transforms), inner, inverted: inverted))

            case "/":
                advance()
                let (name, transforms) = try readName(state)
                guard name == state.sectionName, transforms == state.sectionTransforms else { throw Failure() }
                if !isStandalone(state) { flushWhitespace() }
                return CompiledTemplate(parts: parts)

            case "!":
                advance()
                try skipComment(state)
                standalone = isStandalone(state)

            case "{", "&":
                let tripleMustache = current == "{"
                flushWhitespace()
                advance()
                let (name, transforms) = try readName(state)
                if tripleMustache, !read("}") { throw Failure() }
                parts.append(.value(TemplateName(name, transforms: transforms), escaped: false))

            case ">":
                advance()
                _ = read(while: \.isWhitespace)
                let dynamic = current == "*"
                if dynamic { advance() }
                let name = try readPartialName(state)
                if !whitespaceBefore.isEmpty { parts.append(.text(String(whitespaceBefore))) }
                let indentation: String?
                if isStandalone(state) {
                    standalone = true
                    indentation = String(whitespaceBefore)
                } else {
                    indentation = nil
                }
                let partial: PartialName = dynamic ? .dynamic(TemplateName(name, transforms: [])) : .fixed(name)
                parts.append(.partial(partial, indentation: indentation, blocks: nil))
                whitespaceBefore = ""

            case "<":
                advance()
                _ = read(while: \.isWhitespace)
                let sectionName = try readPartialName(state)
                if !whitespaceBefore.isEmpty { parts.append(.text(String(whitespaceBefore))) }
                if isStandalone(state) { standalone = true }
                let inner = try parse(state.enteringPartialDefinition(sectionName))
                var blocks: [String: CompiledTemplate] = [:]
                for part in inner.parts {
                    switch part {
                    case let .blockDefinition(name, template): blocks[name] = template
                    case .text: break
                    default: throw Failure()
                    }
                }
                let partial: PartialName = sectionName.first == "*"
                    ? .dynamic(TemplateName(String(sectionName.dropFirst()), transforms: []))
                    : .fixed(sectionName)
                parts.append(.partial(partial, indentation: String(whitespaceBefore), blocks: blocks))
                whitespaceBefore = ""

            case "$":
                advance()
                let (name, transforms) = try readName(state)
                guard transforms.isEmpty else { throw Failure() }
                if state.atPartialDefinitionTop {
                    standalone = isStandalone(state)
                    let inner = try parse(state.entering(section: name, atLineStart: standalone))
                    parts.append(.blockDefinition(name: name, inner))
                } else {
                    if !whitespaceBefore.isEmpty { parts.append(.text(String(whitespaceBefore))) }
                    standalone = isStandalone(state)
                    let inner = try parse(state.entering(section: name, atLineStart: standalone))
                    parts.append(.block(name: name, default: inner, indentation: String(whitespaceBefore)))
                    whitespaceBefore = ""
                }

            case "=":
                advance()
                state = try readDelimiters(state)
                standalone = isStandalone(state)

            case "%":
                advance()
                parts.append(.escaping(try readContentType(state)))
                standalone = isStandalone(state)

            default:
                flushWhitespace()
                let (name, transforms) = try readName(state)
                parts.append(.value(TemplateName(name, transforms: transforms), escaped: true))
            }
            state.atLineStart = standalone
        }
        guard state.sectionName == nil else { throw Failure() }
        return CompiledTemplate(parts: parts)
    }

    // MARK: Tags

    /// Text up to a newline (`\n` or `\r\n`, left unread) or past the next opening delimiter.
    private mutating func readTextUntilTagOrNewline(_ state: State) -> String {
        guard let delimiterStart = state.open.first else { return "" }
        var text = ""
        while !atEnd {
            text += read(while: { $0 != "\n" && $0 != "\r\n" && $0 != delimiterStart })
            if current.isNewline { break }
            if current == delimiterStart {
                if read(exactly: state.open) { break }
                text.append(delimiterStart)
                advance()
            }
        }
        return text
    }

    /// A tag's name up to the closing delimiter; `a(b(c))` is the name `c` with transforms `a` and `b`.
    private mutating func readName(_ state: State) throws(Failure) -> (String, [String]) {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: { Self.nameCharacters.contains($0) || $0 == "(" || $0 == ")" }))
        _ = read(while: \.isWhitespace)
        guard read(exactly: state.close) else { throw Failure() }

        guard let open = name.firstIndex(where: { !Self.nameCharacters.contains($0) }) else { return (name, []) }
        guard name[open] == "(" else { throw Failure() }
        var transforms = [String(name[..<open])]
        var rest = name[name.index(after: open)...]
        while true {
            let piece = rest.prefix(while: { Self.nameCharacters.contains($0) })
            rest = rest[piece.endIndex...]
            switch rest.first {
            case "(":
                transforms.append(String(piece))
                rest = rest.dropFirst()
            case ")":
                let closing = rest.prefix(while: { $0 == ")" })
                guard closing.count == transforms.count, closing.endIndex == rest.endIndex else { throw Failure() }
                return (String(piece), transforms)
            default:
                throw Failure()
            }
        }
    }

    private mutating func readPartialName(_ state: State) throws(Failure) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read(while: { Self.nameCharacters.contains($0) || "()/".contains($0) }))
        _ = read(while: \.isWhitespace)
        guard read(exactly: state.close) else { throw Failure() }
        return name
    }

    /// Past the closing delimiter, matched as swift-mustache matches it: after a mismatch the search
    /// starts again with the next character, not the one that broke the match.
    private mutating func skipComment(_ state: State) throws(Failure) {
        let close = Array(state.close)
        var matched = 0
        while !atEnd {
            if text[position] == close[matched] {
                matched += 1
                if matched == close.count {
                    advance()
                    return
                }
            } else {
                matched = 0
            }
            advance()
        }
        throw Failure()
    }

    private mutating func readDelimiters(_ state: State) throws(Failure) -> State {
        _ = read(while: \.isWhitespace)
        let open = read(while: { !$0.isWhitespace })
        guard !atEnd else { throw Failure() }
        _ = read(while: \.isWhitespace)
        let close = read(while: { $0 != "=" && !$0.isWhitespace })
        guard !atEnd else { throw Failure() }
        _ = read(while: \.isWhitespace)
        guard read("="), read(exactly: state.close), !open.isEmpty, !close.isEmpty else { throw Failure() }
        var state = state
        state.open = String(open)
        state.close = String(close)
        state.atPartialDefinitionTop = false
        return state
    }

    private mutating func readContentType(_ state: State) throws(Failure) -> TemplateEscaping {
        _ = read(while: \.isWhitespace)
        let variable = read(while: { Self.nameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard read(":") else { throw Failure() }
        _ = read(while: \.isWhitespace)
        let value = read(while: { Self.nameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        guard read(exactly: state.close), variable == "CONTENT_TYPE" else { throw Failure() }
        switch value {
        case "HTML": return .htmlByCharacter
        case "TEXT": return .none
        case Substring(HTMLEscaping.name): return .htmlByByte
        default: throw Failure()
        }
    }

    /// A tag alone on its line (after a line start): the rest of the line, up to its newline, is taken too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.atLineStart else { return false }
        if atEnd { return true }
        var probe = self
        _ = probe.read(while: { $0 == " " || $0 == "\t" })
        guard probe.current.isNewline else { return false }
        probe.advance()
        position = probe.position
        return true
    }

    // MARK: Reading characters

    private static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    private var atEnd: Bool { position == text.endIndex }

    /// The character at the position; NUL at the end, as swift-mustache's parser answers.
    private var current: Character { atEnd ? "\0" : text[position] }

    private mutating func advance() { position = text.index(after: position) }

    private mutating func read(while condition: (Character) -> Bool) -> Substring {
        let start = position
        while !atEnd, condition(text[position]) { advance() }
        return text[start..<position]
    }

    private mutating func read(_ character: Character) -> Bool {
        guard !atEnd, text[position] == character else { return false }
        advance()
        return true
    }

    /// `string`, Character by Character, at the position; nothing is read if it is not there.
    private mutating func read(exactly string: String) -> Bool {
        var probe = position
        for character in string {
            guard probe != text.endIndex, text[probe] == character else { return false }
            probe = text.index(after: probe)
        }
        position = probe
        return true
    }
}
