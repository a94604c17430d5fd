import Foundation
import Mustache
import SteleSupport

/// The Mustache templates and static files pages are rendered with: the site's own `templates/`
/// laid over the default theme compiled into Stele, so a site overrides only what it changes.
public struct Theme: Sendable {
    public static let folderName = "templates"

    /// Template texts by name (`article`, `partials/head`), before parsing.
    public private(set) var templateSources: [String: TemplateSource]
    /// Static files by path under `static/` (`style.css`), the site's own winning over the theme's.
    public private(set) var staticFiles: [String: Data]
    /// A digest of every template's name and text, taken once: themes of equal identity render a view to
    /// equal pages. Static files are left out, since templates link to them by fixed paths.
    public let identity: String
    /// swift-mustache's parse of every template: the reference `compiled` is checked against, and what
    /// renders if a template would not compile (`TemplateParser` fails only where swift-mustache does).
    let library: MustacheLibrary
    /// The templates as Stele renders them (`CompiledTemplate`); nil if one of them did not compile.
    private(set) var compiled: [String: CompiledTemplate]?

    public struct TemplateSource: Sendable {
        public var text: String
        /// Where the text came from, for errors: `templates/article.mustache` or `(default theme)/article.mustache`.
        public var displayPath: String
    }

    package init(templateSources: [String: TemplateSource], staticFiles: [String: Data]) throws(TemplateError) {
        var library = MustacheLibrary()
        _ = HTMLEscaping.registered
        for (name, source) in templateSources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: HTMLEscaping.prefix + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw .syntax(
                    SourceLocation(file: source.displayPath, line: error.context.lineNumber - 1,
                                   column: error.context.columnNumber),
                    problem: Self.explain(error.error))
            } catch {
                throw .syntax(SourceLocation(file: source.displayPath), problem: "\(error)")
            }
        }
        try Self.checkPartials(templateSources)
        self.templateSources = templateSources
        self.staticFiles = staticFiles
        var digest = ContentDigest()
        for (name, source) in templateSources.sorted(by: { $0.key < $1.key }) {
            digest.update(name)
            digest.update(source.text)
        }
        self.identity = digest.finalize()
        self.library = library
        self.compiled = Self.compile(templateSources)
    }

    /// Every template compiled, after swift-mustache parsed them all; nil if one would not compile.
    private static func compile(_ sources: [String: TemplateSource]) -> [String: CompiledTemplate]? {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, source) in sources {
            guard let template = try? TemplateParser.compile(HTMLEscaping.prefix + source.text) else { return nil }
            compiled[name] = template
        }
        return compiled
    }

    /// This theme rendering through swift-mustache, as it did before templates were compiled: the
    /// reference that tests hold the compiled templates to.
    package func renderingWithSwiftMustache() -> Theme {
        var theme = self
        theme.compiled = nil
        return theme
    }

    /// Every `{{> name}}` names a template there is, and no partial includes itself, directly or through
    /// others: Mustache would render either as nothing, and the page would quietly lose a part. A dynamic
    /// partial, `{{>*name}}`, is named by a value only a page has; it is not checked.
    static func checkPartials(_ sources: [String: TemplateSource]) throws(TemplateError) {
        var includes: [String: [(name: String, line: Int)]] = [:]
        for (name, source) in sources {
            for (number, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where line.contains("{{") {
                for partial in partialNames(in: line) where !partial.hasPrefix("*") {
                    guard sources[partial] != nil else {
                        throw .missingPartial(SourceLocation(file: source.displayPath, line: number + 1), name: partial)
                    }
                    includes[name, default: []].append((partial, number + 1))
                }
            }
        }
        // A depth-first walk from each template finds a cycle as a template met again on its own path.
        func walk(_ name: String, path: [String]) throws(TemplateError) {
            for (partial, line) in includes[name] ?? [] {
                if path.contains(partial) || partial == name {
                    let source = sources[name]?.displayPath ?? name
                    let full = path + [name, partial]
                    let cycle = full[(full.firstIndex(of: partial) ?? 0)...]
                    throw .partialCycle(SourceLocation(file: source, line: line), cycle: Array(cycle))
                }
                try walk(partial, path: path + [name])
            }
        }
        for name in includes.keys.sorted() { try walk(name, path: []) }
    }

    /// The partials a line includes, `{{> name}}` with any spaces inside the braces, in order. Scanned by
    /// hand: the regex literal that did it was compiled again for every line holding a tag, a tenth of a
    /// build that finds nothing changed.
    static func partialNames(in line: Substring) -> [String] {
        let characters = Array(line)
        var names: [String] = []
        var start = 0
        while start + 1 < characters.count {
            guard characters[start] == "{", characters[start + 1] == "{" else {
                start += 1
                continue
            }
            var index = start + 2
            func skipSpaces() { while index < characters.count, characters[index].isWhitespace { index += 1 } }
            skipSpaces()
            guard index < characters.count, characters[index] == ">" else {
                start += 1
                continue
            }
            index += 1
            skipSpaces()
            let nameStart = index
            while index < characters.count, !characters[index].isWhitespace, characters[index] != "}" { index += 1 }
            let name = String(characters[nameStart..<index])
            skipSpaces()
            guard !name.isEmpty, index + 1 < characters.count, characters[index] == "}", characters[index + 1] == "}" else {
                start += 1
                continue
            }
            names.append(name)
            start = index + 2
        }
        return names
    }

    /// The default theme alone.
    public static func defaultTheme() throws(TemplateError) -> Theme {
        try Theme(templateSources: DefaultTheme.templates, staticFiles: DefaultTheme.staticFiles)
    }

    /// The default theme with `SITE/templates/` (templates and `static/`) and `SITE/static/` laid over it.
    public static func load(siteDirectory: URL) throws(TemplateError) -> Theme {
        var templates = DefaultTheme.templates
        var statics = DefaultTheme.staticFiles
        let themeFolder = siteDirectory.appendingPathComponent(folderName)
        for path in files(under: themeFolder) {
            let url = themeFolder.appendingPathComponent(path)
            if path.hasPrefix("static/") {
                statics[String(path.dropFirst("static/".count))] = try read(url, display: "\(folderName)/\(path)")
            } else if path.hasSuffix(".mustache") {
                let display = "\(folderName)/\(path)"
                let data = try read(url, display: display)
                guard let text = String(validating: data, as: UTF8.self) else {
                    throw .unreadable(SourceLocation(file: display), reason: "not valid UTF-8")
                }
                templates[String(path.dropLast(".mustache".count))] = TemplateSource(text: text, displayPath: display)
            }
        }
        let siteStatic = siteDirectory.appendingPathComponent("static")
        for path in files(under: siteStatic) {
            statics[path] = try read(siteStatic.appendingPathComponent(path), display: "static/\(path)")
        }
        return try Theme(templateSources: templates, staticFiles: statics)
    }

    /// Renders `view` with the template `name`; the template reads the view through `value(named:)`.
    public func render(_ view: some TemplateView, with name: String) throws(TemplateError) -> String {
        let html = if let compiled {
            TemplateRendering.render(.view(view), with: name, in: compiled)
        } else {
            library.render(view, withTemplate: name)
        }
        guard let html else { throw .missing(name: name) }
        return html
    }

    public func hasTemplate(_ name: String) -> Bool { templateSources[name] != nil }

    /// Regular files under `folder`, as sorted relative paths; hidden files are skipped.
    package static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var result: [String] = []
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            else { continue }
            result.append(path)
        }
        return result.sorted()
    }

    private static func read(_ url: URL, display: String) throws(TemplateError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            throw .unreadable(SourceLocation(file: display), reason: error.localizedDescription)
        }
    }

    private static func explain(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the section it closes"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may stand inside a {{<parent}} section"
        case .textInsideInheritSection: return "only blocks may stand inside a {{<parent}} section"
        case .invalidConfigVariableSyntax: return "malformed config tag"
        case .unrecognisedConfigVariable: return "unknown config variable"
        @unknown default: return "\(error)"
        }
    }
}
