import SteleSupport

/// Renders producers' views through the theme, many at once.
public struct PageRenderer: Sendable {
    public var theme: Theme

    public init(theme: Theme) {
        self.theme = theme
    }

    /// The files of `outputs`, in their order; the first template that is missing stops it.
    public func files(for outputs: [PageOutput]) async throws(TemplateError) -> [OutputFile] {
        for case let .page(_, template, _) in outputs where !theme.hasTemplate(template) {
            throw .missing(name: template)
        }
        let theme = self.theme
        let rendered = await outputs.concurrentMap { output -> Result<OutputFile, TemplateError> in
            switch output {
            case let .file(file):
                return .success(file)
            case let .page(path, template, view):
                return Result { () throws(TemplateError) in
                    OutputFile(path: path, text: try theme.render(view, with: template))
                }
            }
        }
        return try rendered.map { result throws(TemplateError) in try result.get() }
    }
}
