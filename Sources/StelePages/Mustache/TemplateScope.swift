import Mustache

/// A value on the rendering stack, sorted once by how names are read from it: a view or dictionary
/// answers them itself, a string or number has none, anything else is read by reflection as
/// swift-mustache reads it. Looking a name up then calls the answer directly, without a cast.
struct TemplateScope {
    let object: Any
    private let names: Names

    private enum Names {
        case parent(any MustacheParent)
        /// `TemplateText`'s one stored property, which swift-mustache would find by reflection.
        case text(String)
        case none
        case reflected
    }

    init(_ object: Any) {
        self.object = object
        // Comparing the type first spares the common kinds a run-time cast each (a fifth of rendering).
        let type = ObjectIdentifier(Swift.type(of: object))
        if type == ObjectIdentifier(TemplateText.self), let text = object as? TemplateText {
            names = .text(text.text)
        } else if type == ObjectIdentifier(String.self) || type == ObjectIdentifier(Int.self)
                    || type == ObjectIdentifier(Double.self) || type == ObjectIdentifier(Bool.self) {
            names = .none
        } else if let parent = object as? MustacheParent {
            names = .parent(parent)
        } else {
            names = .reflected
        }
    }


    func child(named name: String) -> Any? {
        switch names {
        case let .parent(parent): parent.child(named: name)
        case let .text(text): name == "text" ? text : nil
        case .none: nil
        case .reflected: Self.reflectedChild(named: name, of: object)
        }
    }

    /// The stored property `name`, unwrapped if it is optional.
    private static func reflectedChild(named name: String, of object: Any) -> Any? {
        guard let value = Mirror(reflecting: object).children.first(where: { $0.label == name })?.value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// What a section does with a value, in the order swift-mustache decides it.
enum TemplateValueKind {
    /// A string: rendered once, with the string on the stack.
    case text
    case flag(Bool)
    /// A list: once per element.
    case sequence(any MustacheSequence)
    /// A renderable that calls itself null: like nil.
    case null
    /// Anything else: once, with the value on the stack.
    case other

    init(_ value: Any) {
        let type = ObjectIdentifier(Swift.type(of: value))
        if type == ObjectIdentifier(TemplateText.self) || type == ObjectIdentifier(String.self) {
            self = .text
            return
        }
        switch value {
        case let flag as Bool: self = .flag(flag)
        case let sequence as any MustacheSequence: self = .sequence(sequence)
        case let renderable as MustacheCustomRenderable where renderable.isNull: self = .null
        default: self = .other
        }
    }
}
