import Mustache
import SteleContent

/// A value a template reads. It answers the renderer's look-ups itself, key by key, with typed values,
/// so rendering builds no dictionaries, never reflects and casts nothing. A nil property answers nil,
/// so `{{#page.subtitle}}` skips a page without one.
///
/// A misspelt key renders nothing; `templateKeys` lets a test find it (see TemplateKeyTests).
public protocol TemplateView: TemplateValueConvertible, MustacheParent {
    /// The value of `key`; nil for a key the view lacks or an absent optional.
    func value(named key: String) -> TemplateValue?
    /// Every key the view answers, set or not.
    var templateKeys: [String] { get }
}

extension TemplateView {
    public var templateValue: TemplateValue { .view(self) }

    /// The value of `key` as swift-mustache reads it, for rendering with it side by side
    /// (`Theme.renderingWithSwiftMustache`, which the tests compare Stele's renderer with).
    public func child(named key: String) -> Any? { value(named: key)?.mustacheValue }
}

/// A view whose keys are the cases of an enum: the compiler checks that `value(for:)` answers each.
public protocol KeyedTemplateView: TemplateView {
    associatedtype Key: RawRepresentable<String>, CaseIterable
    func value(for key: Key) -> TemplateValue?
}

extension KeyedTemplateView {
    public func value(named key: String) -> TemplateValue? { Key(rawValue: key).flatMap(value(for:)) }
    public var templateKeys: [String] { Key.allCases.map(\.rawValue) }

    /// `key` from this view's own keys, else from `other`, whose keys it shows beside its own.
    func value(named key: String, besides other: some TemplateView) -> TemplateValue? {
        guard let own = Key(rawValue: key) else { return other.value(named: key) }
        return value(for: own)
    }

    /// Its own keys and those of `other` it does not answer itself.
    func templateKeys(besides other: some TemplateView) -> [String] {
        Key.allCases.map(\.rawValue) + other.templateKeys.filter { Key(rawValue: $0) == nil }
    }
}
