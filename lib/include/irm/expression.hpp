// model/: the expression language of questionnaires: show_if, required, constraint
// and row_constraint (docs/FORMATS.md section 3).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace irm::expr {

/// A run-time value: null, boolean, number, string or list.
struct Value {
    enum class Kind { Null, Bool, Number, String, List };

    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string text;
    std::vector<Value> items;

    /// The null value.
    static Value null() { return {}; }
    /// A boolean value.
    static Value of(bool b);
    /// A number value.
    static Value of(double d);
    /// A string value.
    static Value of(std::string s);
    /// A string value from a literal (without this, `of("yes")` would pick `of(bool)`).
    static Value of(const char* s) { return of(std::string(s)); }
    /// A list value.
    static Value of(std::vector<Value> list);

    /// Whether the value is null.
    bool is_null() const { return kind == Kind::Null; }
    /// Truthiness: null, false, 0, "" and [] are false; everything else is true.
    bool truthy() const;
};

/// Values are equal only within one kind; null equals only null.
bool operator==(const Value& a, const Value& b);
inline bool operator!=(const Value& a, const Value& b) {
    return !(a == b);
}

/// Operators of the language.
enum class Op {
    Or,
    And,
    Not,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    Add,
    Sub,
    Mul,
    Div,
    Neg,
};

/// One node of a parsed expression.
struct Expr {
    enum class Kind { Literal, Name, Dot, Unary, Binary, Call, List };

    Kind kind = Kind::Literal;
    Op op = Op::Or;          ///< for Unary and Binary
    Value literal;           ///< for Literal
    std::string name;        ///< identifier for Name, function name for Call
    std::vector<Expr> args;  ///< operands, call arguments or list items
    std::size_t offset = 0;  ///< byte offset of the node's first character in the source text
};

/// A syntax error: where the parser stopped and why.
struct SyntaxError {
    std::size_t offset = 0;  ///< byte offset into the expression text
    std::string message;
};

/// The result of parsing: an expression, or the first syntax error.
struct Parsed {
    std::optional<Expr> expr;
    std::optional<SyntaxError> error;
};

/// Parses an expression. Function calls are checked for known names and
/// argument counts here (an unknown function or wrong arity is a syntax error,
/// IRM104), as is a first argument of answered/count/selected/sum that is not
/// a name or `.`. A syntax error's message is in `language` (of the catalogue).
Parsed parse(std::string_view text, std::string_view language = "en");

/// What the static checks know of one name an expression may use.
struct NameInfo {
    std::string type;                  ///< question or column type: "choice", "table", "integer", ...
    std::vector<std::string> choices;  ///< choice values (choice and multi_choice)
    std::vector<std::string> columns;  ///< column ids (table)
};

/// The names an expression may use: question ids, or column ids in a row_constraint.
class Scope {
public:
    virtual ~Scope() = default;
    /// The name's description, or nullptr when the name is unknown.
    virtual const NameInfo* find(std::string_view name) const = 0;
    /// Every known name, for "did you mean" suggestions.
    virtual std::vector<std::string> names() const = 0;
    /// How a message names that name for a person ("article 5 — short label [q5]"); empty when
    /// the name itself, quoted, says it best.
    virtual std::string words(std::string_view /*name*/) const { return {}; }
};

/// A problem the static checks found; `code` is IRM103, IRM104 or IRM108.
struct Problem {
    std::string code;
    std::string message;
    std::size_t offset = 0;  ///< byte offset of the offending name or literal
};

/// Static checks: unknown names (IRM103, suggesting the closest), `.` where it
/// is not allowed (IRM103), `sum` of a non-table (IRM104) or of an unknown
/// column (IRM103), and comparisons of a choice question with a value it does
/// not offer (IRM108: `==`, `!=`, `in`, and `selected`). Messages are in `language`.
std::vector<Problem> check(const Expr& expr, const Scope& scope, bool dot_allowed,
                           std::string_view language = "en");

/// Every distinct name the expression refers to (excluding `.`), in order of first use.
std::vector<std::string> names(const Expr& expr);

/// Where an expression reads its names from at run time.
class Environment {
public:
    virtual ~Environment() = default;
    /// The value of a name (`.` for the answer being checked); null when
    /// unanswered or not applicable.
    virtual Value value(std::string_view name) const = 0;
    /// Items, rows or selected values of an answer; 1 for an answered scalar, 0 when unanswered.
    virtual double count(std::string_view name) const = 0;
    /// The sum of a numeric column of a table answer; 0 when unanswered.
    virtual double column_sum(std::string_view table, std::string_view column) const = 0;
};

/// Evaluates an expression; nullopt when it cannot be evaluated (division by
/// zero, arithmetic on text, len of null, ...).
std::optional<Value> evaluate(const Expr& expr, const Environment& env);

/// Evaluates an expression as a condition: its truthiness, false when it cannot be evaluated.
bool holds(const Expr& expr, const Environment& env);

}  // namespace irm::expr
