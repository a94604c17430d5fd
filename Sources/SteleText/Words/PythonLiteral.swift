import SteleSupport

/// A value of the Python literal subset jieba writes its HMM tables in (`finalseg/prob_*.py`,
/// `posseg/*.py`): dicts, tuples, strings and numbers, each with the line it starts on so that a table
/// whose shape is wrong can say where.
package struct PythonLiteral: Sendable {
    package enum Value: Sendable {
        case dictionary([(key: PythonLiteral, value: PythonLiteral)])
        case tuple([PythonLiteral])
        case string(String)
        case number(Double)
    }

    package var value: Value
    package var line: Int

    package var string: String? {
        if case let .string(text) = value { return text }
        return nil
    }

    package var number: Double? {
        if case let .number(number) = value { return number }
        return nil
    }

    /// The pairs of a dict; nil for any other value.
    package var pairs: [(key: PythonLiteral, value: PythonLiteral)]? {
        if case let .dictionary(pairs) = value { return pairs }
        return nil
    }

    package var elements: [PythonLiteral]? {
        if case let .tuple(elements) = value { return elements }
        return nil
    }
}
