import Mustache

/// How a page's `{{values}}` are escaped: as swift-mustache's own HTML content type does (the same five
/// characters, the same entities), but by bytes through `HTMLText.escape`. The library's escaper looks up
/// every `Character` of every value in a dictionary, which took a twentieth of a build's time.
///
/// swift-mustache renders every template, and every partial, with its own HTML escaper unless the
/// template names another content type; so `Theme` starts every template with `prefix`, and a template
/// that names one (`{{% CONTENT_TYPE: TEXT }}`) still switches from there as before.
struct HTMLEscaping: MustacheContentType {
    static let name = "STELE_HTML"

    /// A line of its own, which Mustache drops as standalone: the template renders as it would without it,
    /// one line lower (parse errors subtract it again).
    static let prefix = "{{% CONTENT_TYPE: \(name) }}\n"

    /// Registers the content type with swift-mustache, once per process, before the first template naming it is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String { HTMLText.escape(text) }
}
