import CMark
import Foundation
import SteleText

/// Renders CommonMark to HTML with libcmark, adding ids to headings and paragraphs.
///
/// This is the only type that touches libcmark: it parses, walks and rewrites the C tree once,
/// renders it, and frees every C allocation before returning Swift values.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML in Markdown is passed through (`unsafe: true` in stele.yml).
    public var allowsRawHTML: Bool
    /// Rewrites link destinations before rendering (e.g. `other.md#part` to a page URL); nil keeps them.
    public var linkResolver: (@Sendable (String) -> String?)?
    /// Whether `html` is made. Without it the rest (headings, paragraphs, links, list items) is found
    /// as always: what a build analyses, when it renders an article's page later from its file again.
    public var rendersHTML: Bool

    public init(allowsRawHTML: Bool = false, linkResolver: (@Sendable (String) -> String?)? = nil,
                rendersHTML: Bool = true) {
        self.allowsRawHTML = allowsRawHTML
        self.linkResolver = linkResolver
        self.rendersHTML = rendersHTML
    }

    /// Renders `markdown`; `firstLine` is the line of the file the Markdown starts on, so that
    /// positions reported for paragraphs and links are lines of the file, not of the body.
    public func render(_ markdown: String, firstLine: Int = 1) -> RenderedMarkdown {
        var options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }

        let document: OpaquePointer = markdown.withCString { pointer in
            cmark_parse_document(pointer, strlen(pointer), options)
        }
        defer { cmark_node_free(document) }

        let lineOffset = firstLine - 1
        let blocks = collectBlocks(in: document)
        var headingIDs = HeadingIDGenerator()
        var headings: [Heading] = []
        var paragraphs: [Paragraph] = []
        var links: [Link] = []

        for node in blocks.softBreaksBetweenIdeographs {
            cmark_node_free(node)  // unlinks too
        }
        for node in blocks.links {
            let destination = String(cString: cmark_node_get_url(node))
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            links.append(Link(destination: destination, line: line,
                              isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE))
            if let resolved = linkResolver?(destination) {
                cmark_node_set_url(node, resolved)
            }
        }
        for node in blocks.headings {
            let text = plainText(of: node)
            let level = Int(cmark_node_get_heading_level(node))
            let id = headingIDs.id(for: text)
            headings.append(Heading(level: level, text: text, id: id))
            wrap(node, open: "<h\(level) id=\"\(id)\">", close: "</h\(level)>")
        }
        for node in blocks.paragraphs {
            let id = Paragraph.id(number: paragraphs.count + 1)
            let line = Int(cmark_node_get_start_line(node)) + lineOffset
            paragraphs.append(Paragraph(id: id, text: plainText(of: node), line: line))
            wrap(node, open: "<p id=\"\(id)\">", close: "</p>")
        }

        let listItems = blocks.tightListParagraphs.map(plainText(of:))

        guard rendersHTML, let rendered = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", headings: headings, paragraphs: paragraphs, links: links, listItems: listItems)
        }
        defer { free(rendered) }
        let html = Self.tightenCustomBlocks(UnsafeBufferPointer(start: UnsafeRawPointer(rendered)
            .assumingMemoryBound(to: UInt8.self), count: strlen(rendered)))
        return RenderedMarkdown(html: html, headings: headings, paragraphs: paragraphs, links: links, listItems: listItems)
    }

    /// cmark prints custom blocks on lines of their own; keep the text snug inside its tag,
    /// as cmark does for its own `<p>` and `<h2>`.
    ///
    /// Read straight from cmark's buffer, a line at a time, each compared by `memcmp`: the tags are
    /// ASCII, and splitting the page into `Character`s took most of rendering it; split into
    /// `Substring`s and compared as generic sequences, a tenth of rendering an article's page.
    private static func tightenCustomBlocks(_ html: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(html.count)
        var joinNext = false
        var lineStart = 0
        while true {
            let newline = html[lineStart...].firstIndex(of: UInt8(ascii: "\n"))
            let line = UnsafeBufferPointer(rebasing: html[lineStart..<(newline ?? html.count)])
            let isOpenTag = line.hasSuffix("\">")
                && (line.hasPrefix("<p id=\"p-") || line.hasPrefix("<h") && line.contains(" id=\""))
            let isCloseTag = line.equals("</p>") || (line.count == 5 && line.hasPrefix("</h") && line.hasSuffix(">"))
            if !output.isEmpty && !joinNext && !isCloseTag { output.append(UInt8(ascii: "\n")) }
            output.append(contentsOf: line)
            joinNext = isOpenTag
            guard let newline else { break }
            lineStart = newline + 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Nodes to rewrite, gathered in one walk (the tree must not change while an iterator runs).
    private struct Blocks {
        var headings: [OpaquePointer] = []
        var paragraphs: [OpaquePointer] = []
        var tightListParagraphs: [OpaquePointer] = []
        var links: [OpaquePointer] = []
        var softBreaksBetweenIdeographs: [OpaquePointer] = []
    }

    private func collectBlocks(in document: OpaquePointer) -> Blocks {
        var blocks = Blocks()
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING:
                blocks.headings.append(node)
            case CMARK_NODE_PARAGRAPH where isInTightList(node):
                blocks.tightListParagraphs.append(node)
            case CMARK_NODE_PARAGRAPH:
                blocks.paragraphs.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                blocks.links.append(node)
            case CMARK_NODE_SOFTBREAK where joinsIdeographs(node):
                // A line break inside Chinese text is not a space: a browser would show one.
                blocks.softBreaksBetweenIdeographs.append(node)
            default:
                break
            }
        }
        return blocks
    }

    /// Replaces `node` by a custom block that prints `open`, the node's inline children, and `close`.
    private func wrap(_ node: OpaquePointer, open: String, close: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return }
        cmark_node_set_on_enter(block, open)
        cmark_node_set_on_exit(block, close)
        cmark_node_insert_before(node, block)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(block, child)
        }
        cmark_node_free(node)
    }

    /// In a tight list cmark prints paragraphs without `<p>`, so they get no id.
    private func isInTightList(_ paragraph: OpaquePointer) -> Bool {
        guard let item = cmark_node_parent(paragraph), cmark_node_get_type(item) == CMARK_NODE_ITEM,
              let list = cmark_node_parent(item)
        else { return false }
        return cmark_node_get_list_tight(list) != 0
    }

    private func joinsIdeographs(_ softBreak: OpaquePointer) -> Bool {
        guard let previous = cmark_node_previous(softBreak), let next = cmark_node_next(softBreak),
              let before = plainText(of: previous).unicodeScalars.last,
              let after = plainText(of: next).unicodeScalars.first
        else { return false }
        return before.isWideScript && after.isWideScript
    }

    /// The text a reader sees in `node`, without markup; soft breaks read as spaces.
    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}

extension MarkdownRenderer {
    /// The version of libcmark Stele is linked with (`0.30.2`), for `stele --version`.
    public static var cmarkVersion: String { String(cString: cmark_version_string()) }
}

private extension Substring.UTF8View {
    func hasPrefix(_ text: String) -> Bool { starts(with: text.utf8) }
    func hasSuffix(_ text: String) -> Bool { count >= text.utf8.count && suffix(text.utf8.count).elementsEqual(text.utf8) }
    func contains(_ text: String) -> Bool {
        var rest = self[...]
        while !rest.isEmpty {
            if rest.starts(with: text.utf8) { return true }
            rest = rest.dropFirst()
        }
        return false
    }
}

/// A line of rendered HTML compared with the ASCII of a tag.
private extension UnsafeBufferPointer<UInt8> {
    func hasPrefix(_ prefix: StaticString) -> Bool {
        count >= prefix.utf8CodeUnitCount && memcmp(baseAddress!, prefix.utf8Start, prefix.utf8CodeUnitCount) == 0
    }

    func hasSuffix(_ suffix: StaticString) -> Bool {
        count >= suffix.utf8CodeUnitCount
            && memcmp(baseAddress! + count - suffix.utf8CodeUnitCount, suffix.utf8Start, suffix.utf8CodeUnitCount) == 0
    }

    func equals(_ text: StaticString) -> Bool { count == text.utf8CodeUnitCount && hasPrefix(text) }

    func contains(_ text: StaticString) -> Bool {
        guard count >= text.utf8CodeUnitCount else { return false }
        return (0...(count - text.utf8CodeUnitCount)).contains { offset in
            memcmp(baseAddress! + offset, text.utf8Start, text.utf8CodeUnitCount) == 0
        }
    }
}
