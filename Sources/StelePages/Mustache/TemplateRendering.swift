/// Renders compiled templates against a view, into one string that grows as parts are rendered.
///
/// It follows swift-mustache's renderer (`Template+Render.swift`, version 2): a name is looked for from
/// the innermost section outwards, a list renders its section once per element, a partial indents every
/// line after its first, and `{{<parent}}`'s blocks win over those of partials inside it. What it does
/// differently is how it gets there: names were cut at their dots when the template was compiled, values
/// are typed (`TemplateValue`) rather than cast to five protocols at every look-up, and the page is
/// written into one buffer rather than joined from a string per tag.
///
/// What swift-mustache can render and this does not, because no view of Stele's gives it: lambdas,
/// templates as values and `MustacheCustomRepresentation` (they render as any other value would).
struct TemplateRendering {
    private let templates: [String: CompiledTemplate]
    private var output = ""
    /// The values of the sections being rendered, the page's view first.
    private var stack: [TemplateValue]
    /// The scopes of dotted names read from the page's view, by the name up to that dot (`page`,
    /// `page.params`): a page reads `page.…` some twenty times, and each read boxed the page's view
    /// again, cast it to a view and (for `params`) made its dictionary again.
    private var rootDescents: [String: TemplateValue?] = [:]

    /// What a template is rendered with besides the values: swift-mustache's `MustacheContext` but its stack.
    private struct Context {
        /// The element's place in the list being rendered, for `{{first()}}`; only directly in the section.
        var position: SequencePosition?
        /// A standalone partial's (or block's) indentation, written before each of its lines but the first.
        var indentation: String?
        /// `{{<parent}}`'s blocks, by name; an outer one wins.
        var blocks: [String: CompiledTemplate]?
        var escaping: TemplateEscaping = .htmlByCharacter

        /// This context inside a section or block of its own, where a list's positions no longer apply.
        var outsideList: Context {
            var context = self
            context.position = nil
            return context
        }
    }

    /// The template `name` rendered with `view`; nil when there is no template of that name.
    static func render(_ view: TemplateValue, with name: String, in templates: [String: CompiledTemplate]) -> String? {
        guard let template = templates[name] else { return nil }
        var rendering = TemplateRendering(templates: templates, stack: [view])
        rendering.render(template, Context())
        return rendering.output
    }

    private init(templates: [String: CompiledTemplate], stack: [TemplateValue]) {
        self.templates = templates
        self.stack = stack
    }

    private mutating func render(_ template: CompiledTemplate, _ context: Context) {
        var context = context
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for part in template.parts { render(part, &context) }
            return
        }
        // A part that writes something at the start of a line (of what this template wrote so far) is
        // indented first; the first line is not, since the whitespace before the partial tag stays.
        let start = output.endIndex
        for part in template.parts {
            let before = output.endIndex
            let atLineStart = endsWithNewline(from: start)
            render(part, &context)
            if atLineStart, output.endIndex != before { output.insert(contentsOf: indentation, at: before) }
        }
    }

    /// Whether what was written since `start` ends with the `Character` `"\n"` (a `"\r\n"` is another one).
    private func endsWithNewline(from start: String.Index) -> Bool {
        let written = output.utf8[start...]
        guard written.last == UInt8(ascii: "\n") else { return false }
        return written.dropLast().last != UInt8(ascii: "\r")
    }

    private mutating func render(_ part: TemplatePart, _ context: inout Context) {
        switch part {
        case let .text(text):
            output += text
        case let .value(name, escaped):
            guard let value = value(of: name, context) else { return }
            let text = value.printed
            output += escaped ? context.escaping.escape(text) : text
        case let .section(name, template, inverted):
            let value = value(of: name, context)
            if inverted {
                renderInverted(template, for: value, context)
            } else {
                render(template, for: value, context)
            }
        case let .block(name, fallback, indentation):
            var inner = context.outsideList
            inner.indentation = (context.indentation ?? "") + indentation
            render(context.blocks?[name] ?? fallback, inner)
        case let .partial(name, indentation, blocks):
            let partialName: String
            switch name {
            case let .fixed(fixed): partialName = fixed
            case let .dynamic(name):
                guard case let .text(named) = value(of: name, context) else { return }
                partialName = named
            }
            guard let partial = templates[partialName] else { return }
            var inner = Context(position: nil, indentation: context.indentation, blocks: context.blocks)
            if let indentation { inner.indentation = (context.indentation ?? "") + indentation }
            if let blocks { inner.blocks = context.blocks.map { $0.merging(blocks) { outer, _ in outer } } ?? blocks }
            render(partial, inner)
        case let .escaping(escaping):
            context.escaping = escaping
        case .blockDefinition:
            // Only ever inside `{{<parent}}`, whose blocks were taken out when it was compiled.
            break
        }
    }

    /// A section's template for `value`: once per element of a list, once with a true flag, once with any
    /// other value on the stack; never for nil, false or an empty list.
    private mutating func render(_ template: CompiledTemplate, for value: TemplateValue?, _ context: Context) {
        switch value {
        case nil:
            return
        case let .bool(flag)?:
            if flag { render(template, context) }
        case let .list(list)?:
            renderEach(of: list, template, context)
        case let value?:
            render(template, on: value, context.outsideList)
        }
    }

    private mutating func renderInverted(_ template: CompiledTemplate, for value: TemplateValue?, _ context: Context) {
        switch value {
        case nil:
            render(template, context)
        case let .bool(flag)?:
            if !flag { render(template, context) }
        case let .list(list)?:
            if list.isEmpty { render(template, on: .list(list), context.outsideList) }
        case .some:
            return
        }
    }

    private mutating func renderEach(of list: TemplateList, _ template: CompiledTemplate, _ context: Context) {
        var inner = context
        for index in list.indices {
            inner.position = SequencePosition(first: index == 0, last: index == list.count - 1, index: index)
            render(template, on: list[index], inner)
        }
    }

    /// `template` with `value` on top of the stack.
    private mutating func render(_ template: CompiledTemplate, on value: TemplateValue, _ context: Context) {
        stack.append(value)
        render(template, context)
        stack.removeLast()
    }

    // MARK: Values

    /// The value a tag names, with its transforms applied; nil when it is not there or a transform fails.
    private mutating func value(of name: TemplateName, _ context: Context) -> TemplateValue? {
        var transforms = name.transforms[...]
        var value: TemplateValue?
        switch name.start {
        case .sequencePosition:
            // `{{first()}}`: the innermost transform asks the position; any others apply to its answer.
            guard let asked = transforms.popLast() else { return nil }
            value = context.position?.transformed(by: asked)
        case .innermost:
            let innermost = stack[stack.count - 1]
            if let first = name.path.first {
                value = innermost.child(named: first).flatMap { Self.descend(name.path.dropFirst(), from: $0) }
            } else {
                value = innermost
            }
        case .stack:
            if name.path.count >= 2 {
                value = dottedValue(of: name)
            } else if let first = name.path.first {
                for scope in stack.reversed() {
                    if let found = scope.child(named: first) {
                        value = found
                        break
                    }
                }
            } else {
                value = stack[stack.count - 1]
            }
        }
        for transform in transforms.reversed() {
            guard let transformed = value?.transformed(by: transform) else { return nil }
            value = transformed
        }
        return value
    }

    /// A name with dots: its first piece looked for from the innermost section outwards, the rest read
    /// from the value it finds; nil as soon as a piece is missing.
    private mutating func dottedValue(of name: TemplateName) -> TemplateValue? {
        for level in stack.indices.dropFirst().reversed() {
            if let found = stack[level].child(named: name.path[0]) {
                return Self.descend(name.path.dropFirst(), from: found)
            }
        }
        guard let parent = rootDescent(name, depth: name.path.count - 1) else { return nil }
        return parent.child(named: name.path[name.path.count - 1])
    }

    /// The value of the first `depth` pieces of `name` read from the page's view, kept for the page.
    private mutating func rootDescent(_ name: TemplateName, depth: Int) -> TemplateValue? {
        let key = name.prefixes[depth - 1]
        if let kept = rootDescents[key] { return kept }
        let parent = depth == 1 ? stack[0] : rootDescent(name, depth: depth - 1)
        let value = parent?.child(named: name.path[depth - 1])
        rootDescents[key] = .some(value)
        return value
    }

    /// `path` read from `value` one piece at a time; nil as soon as a piece is missing.
    private static func descend(_ path: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for piece in path {
            guard let child = value.child(named: piece) else { return nil }
            value = child
        }
        return value
    }
}

/// Where an element stands in the list its section renders: `{{first()}}`, `{{last()}}`, `{{index()}}`,
/// `{{even()}}` and `{{odd()}}`, as swift-mustache answers them.
struct SequencePosition {
    var first: Bool
    var last: Bool
    var index: Int

    func transformed(by name: String) -> TemplateValue? {
        switch name {
        case "first": .bool(first)
        case "last": .bool(last)
        case "index": .int(index)
        case "even": .bool(index & 1 == 0)
        case "odd": .bool(index & 1 == 1)
        default: nil
        }
    }
}
