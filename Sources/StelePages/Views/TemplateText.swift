import Mustache

/// A string value as views give it to Mustache: one that renders itself (`MustacheCustomRenderable`).
///
/// swift-mustache prints a plain `String` only after casting it to a template, a renderable, a lambda
/// and an optional, then through `String(describing:)`, each a run-time protocol look-up; a renderable
/// is printed after the second. With the paths' encoding, that took a twentieth of a 10,000-article
/// build's CPU time (docs/performance.md). Transforms (`{{lowercased(page.title)}}`) work as on a string.
struct TemplateText: MustacheCustomRenderable, MustacheTransformable, Sendable {
    let text: String

    var renderText: String { text }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? { text.transform(name) }

    /// `value` as Mustache should read it: a string as `TemplateText`, anything else as it is.
    static func forMustache(_ value: Any?) -> Any? {
        // Comparing the type first spares every other value (views, lists, numbers) a run-time cast to
        // `String` that fails, which walks its optionals and existentials first (1% of a cold build).
        guard let value, type(of: value) == String.self else { return value }
        return TemplateText(text: value as! String)
    }
}
