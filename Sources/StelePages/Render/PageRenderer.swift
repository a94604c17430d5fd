import SteleSupport

/// Renders producers' views through the theme, many at once.
public struct PageRenderer: Sendable {
    public var theme: Theme
    /// The pages of the build before, reused where a page's view is unchanged; nil: every page is rendered.
    public var memo: RenderMemo?

    public init(theme: Theme, memo: RenderMemo? = nil) {
        self.theme = theme
        self.memo = memo
    }

    /// The files of `outputs`, in their order; the first template that is missing stops it.
    public func files(for outputs: [PageOutput]) async throws(TemplateError) -> [OutputFile] {
        for template in outputs.lazy.compactMap(\.template) where !theme.hasTemplate(template) {
            throw .missing(name: template)
        }
        let theme = self.theme
        // Without a memo no digest is taken: a one-shot build would only pay for it.
        let identity = memo.map { _ in theme.identity }
        let before = identity.flatMap { memo?.entries(renderedWith: $0) }
        let made = await outputs.concurrentMap { output -> Result<Made, TemplateError> in
            switch output {
            case let .file(file):
                return .success(Made(file: file, digest: nil, wasRendered: false))
            case let .deferredFile(_, make):
                return .success(Made(file: make(), digest: nil, wasRendered: false))
            case let .stream(file):
                return .success(Made(file: file.file, digest: nil, wasRendered: false))
            case let .deferredPage(path, template, makeView):
                do throws(TemplateError) {
                    return Self.render(try makeView(), at: path, with: template, theme: theme, before: before)
                } catch {
                    return .failure(error)
                }
            case let .page(path, template, view):
                return Self.render(view, at: path, with: template, theme: theme, before: before)
            }
        }
        let files = try made.map { result throws(TemplateError) in try result.get() }
        if let memo, let identity { remember(zip(outputs, files), in: memo, renderedWith: identity) }
        return files.map(\.file)
    }

    /// One page rendered, or taken from the build before (`before`, by path) when its view is unchanged.
    private static func render(_ view: any TemplateView, at path: String, with template: String, theme: Theme,
                               before: [String: RenderMemo.Entry]?) -> Result<Made, TemplateError> {
        let digest = before == nil ? nil : ViewDigest(view, template: template)
        if let digest, let entry = before?[path], entry.digest == digest {
            return .success(Made(file: entry.file, digest: digest, wasRendered: false))
        }
        return Result { () throws(TemplateError) in
            Made(file: OutputFile(path: path, text: try theme.render(view, with: template)), digest: digest,
                 wasRendered: true)
        }
    }

    /// Keeps this build's pages for the next one, and what was rendered and reused.
    private func remember(_ outputs: some Sequence<(PageOutput, Made)>, in memo: RenderMemo, renderedWith identity: String) {
        var entries: [String: RenderMemo.Entry] = [:]
        var report = RenderMemo.Report()
        for (output, made) in outputs where output.template != nil {
            let path = output.path
            if made.wasRendered { report.rendered.insert(path) } else { report.reused += 1 }
            if let digest = made.digest { entries[path] = RenderMemo.Entry(digest: digest, file: made.file) }
        }
        memo.keep(entries, renderedWith: identity, report: report)
    }
}

/// One output as the renderer made it.
private struct Made: Sendable {
    var file: OutputFile
    /// The page's view digest, for the next build; nil for a file that is not a page, or a view without one.
    var digest: ViewDigest?
    /// Rendered through Mustache now, rather than taken from the memo (or passed through as a file).
    var wasRendered: Bool
}
