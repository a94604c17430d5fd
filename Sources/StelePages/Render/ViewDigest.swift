import SteleContent
import SteleSupport

/// A digest of everything a template can read from a page's view, and of the template's name: two pages
/// with equal digests render to equal bytes under one theme, so a rebuild can reuse the page it rendered
/// before (see `RenderMemo`).
///
/// The view is walked as Mustache reads it, key by key through `child(named:)`, each value tagged with its
/// kind so that `"1"` and `1`, or an empty list and nil, differ. There is none for a view holding a value
/// of a kind the walk does not know: such a page is always rendered, never served stale.
public struct ViewDigest: Hashable, Sendable {
    /// The SHA-256 in hexadecimal.
    public let value: String

    public init?(_ view: some TemplateView, template: String) {
        var walk = Walk()
        walk.digest.update(template)
        do {
            try walk.add(view)
        } catch {
            return nil
        }
        value = walk.digest.finalize()
    }
}

/// A value whose kind the walk does not know, so cannot vouch that an equal digest means an equal page.
private struct UnknownValue: Error {}

/// Feeds a view's values into a digest, depth first, in the order its keys are listed.
private struct Walk {
    /// Written before each value; the raw values must never change meaning, only grow.
    enum Kind: Int {
        case absent, string, int, double, bool, view, list, dictionary
        case frontmatterString, frontmatterInt, frontmatterDouble, frontmatterBool, frontmatterList
        case frontmatterMap, frontmatterNull
    }

    var digest = ContentDigest()

    mutating func add(_ value: Any?) throws(UnknownValue) {
        guard let value else { return mark(.absent) }
        // Most values are strings: they are tried first, since a cast to a protocol costs a look-up.
        switch value {
        case let text as TemplateText:
            mark(.string)
            digest.update(text.text)
        case let text as String:
            mark(.string)
            digest.update(text)
        // Before Int, so that no bridging could ever read `true` as 1.
        case let flag as Bool:
            mark(.bool)
            digest.update(flag)
        case let number as Int:
            mark(.int)
            digest.update(number)
        case let number as Double:
            mark(.double)
            digest.update(number)
        case let view as any TemplateView:
            mark(.view)
            let keys = view.templateKeys
            digest.update(keys.count)
            for key in keys {
                digest.update(key)
                try add(view.child(named: key))
            }
        case let frontmatter as FrontmatterValue:
            add(frontmatter)
        case let dictionary as [String: Any]:
            mark(.dictionary)
            digest.update(dictionary.count)
            // Sorted: a dictionary's iteration order differs between processes (and between equal dictionaries).
            for key in dictionary.keys.sorted() {
                digest.update(key)
                try add(dictionary[key])
            }
        case let list as any Collection:
            // Walked as it is: casting `[MenuItemView]` to `[Any]` would box every element into a new array.
            try add(elementsOf: list)
        default:
            throw UnknownValue()
        }
    }

    private mutating func add(elementsOf list: some Collection) throws(UnknownValue) {
        mark(.list)
        digest.update(list.count)
        for element in list { try add(element) }
    }

    /// A frontmatter value by its own cases: Mustache would not read it as the plain value it stands for.
    mutating func add(_ value: FrontmatterValue) {
        switch value {
        case let .string(text):
            mark(.frontmatterString)
            digest.update(text)
        case let .int(number):
            mark(.frontmatterInt)
            digest.update(number)
        case let .double(number):
            mark(.frontmatterDouble)
            digest.update(number)
        case let .bool(flag):
            mark(.frontmatterBool)
            digest.update(flag)
        case let .list(list):
            mark(.frontmatterList)
            digest.update(list.count)
            for element in list { add(element) }
        case let .map(pairs):
            // In its written order, as the pairs are kept.
            mark(.frontmatterMap)
            digest.update(pairs.count)
            for (key, element) in pairs {
                digest.update(key)
                add(element)
            }
        case .null:
            mark(.frontmatterNull)
        }
    }

    private mutating func mark(_ kind: Kind) {
        digest.update(kind.rawValue)
    }
}
