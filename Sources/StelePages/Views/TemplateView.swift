import Mustache
import SteleContent

/// A value a template reads. It answers Mustache's look-ups itself, key by key, so rendering builds no
/// dictionaries and never reflects (swift-mustache falls back to `Mirror` for a value that is not a
/// `MustacheParent`). A nil property answers nil, so `{{#page.subtitle}}` skips a page without one.
/// A keyed view gives its strings as `TemplateText`, which Mustache prints with fewer run-time casts.
///
/// A misspelt key renders nothing; `templateKeys` lets a test find it (see TemplateKeyTests).
public protocol TemplateView: MustacheParent, Sendable {
    /// The value of `key` as Mustache reads it: a string (`TemplateText`), number, boolean, view, list or
    /// dictionary; nil for a key the view lacks or an absent optional.
    func child(named key: String) -> Any?
    /// Every key the view answers, set or not.
    var templateKeys: [String] { get }
}

/// A view whose keys are the cases of an enum: the compiler checks that `value(for:)` answers each.
public protocol KeyedTemplateView: TemplateView {
    associatedtype Key: RawRepresentable<String>, CaseIterable
    func value(for key: Key) -> Any?
}

extension KeyedTemplateView {
    public func child(named key: String) -> Any? { TemplateText.forMustache(Key(rawValue: key).flatMap(value(for:))) }
    public var templateKeys: [String] { Key.allCases.map(\.rawValue) }

    /// `key` from this view's own keys, else from `other`, whose keys it shows beside its own.
    func child(named key: String, besides other: some TemplateView) -> Any? {
        guard let own = Key(rawValue: key) else { return other.child(named: key) }
        return TemplateText.forMustache(value(for: own))
    }

    /// Its own keys and those of `other` it does not answer itself.
    func templateKeys(besides other: some TemplateView) -> [String] {
        Key.allCases.map(\.rawValue) + other.templateKeys.filter { Key(rawValue: $0) == nil }
    }
}

extension [String: FrontmatterValue] {
    /// Params as templates see them: strings, numbers, booleans, lists and dictionaries.
    var templateValue: [String: Any] { mapValues(\.templateValue) }
}
