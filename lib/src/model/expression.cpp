// The expression language: a small tokenizer, a recursive-descent parser that
// returns the first syntax error as a value, the static checks and evaluation.
#include <irm/expression.hpp>

#include <irm/catalogue.hpp>
#include <irm/text.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <iomanip>
#include <sstream>
#include <string_view>
#include <system_error>
#include <unordered_set>
#include <utility>

namespace irm::expr {

Value Value::of(bool b) {
    Value value;
    value.kind = Kind::Bool;
    value.boolean = b;
    return value;
}

Value Value::of(double d) {
    Value value;
    value.kind = Kind::Number;
    value.number = d;
    return value;
}

Value Value::of(std::string s) {
    Value value;
    value.kind = Kind::String;
    value.text = std::move(s);
    return value;
}

Value Value::of(std::vector<Value> list) {
    Value value;
    value.kind = Kind::List;
    value.items = std::move(list);
    return value;
}

bool Value::truthy() const {
    switch (kind) {
        case Kind::Null:
            return false;
        case Kind::Bool:
            return boolean;
        case Kind::Number:
            return number != 0;
        case Kind::String:
            return !text.empty();
        case Kind::List:
            return !items.empty();
    }
    return false;
}

bool operator==(const Value& a, const Value& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case Value::Kind::Null:
            return true;
        case Value::Kind::Bool:
            return a.boolean == b.boolean;
        case Value::Kind::Number:
            return a.number == b.number;
        case Value::Kind::String:
            return a.text == b.text;
        case Value::Kind::List:
            return a.items == b.items;
    }
    return false;
}

namespace {

// Deeper input is refused so that the recursive parser, checks and evaluation
// cannot exhaust the stack, whatever the text.
constexpr std::size_t max_depth = 200;

// ---------------------------------------------------------------- tokens

enum class Tok { End, Number, String, Word, Symbol, Bad };

struct Token {
    Tok kind = Tok::End;
    std::size_t offset = 0;
    std::string_view raw;   // the token as written
    std::string_view text;  // a string's contents; otherwise the same as raw
    std::string problem;    // why a Bad token is not a token
};

bool is_word(const Token& token, std::string_view word) {
    return token.kind == Tok::Word && token.raw == word;
}

bool is_symbol(const Token& token, std::string_view symbol) {
    return token.kind == Tok::Symbol && token.raw == symbol;
}

bool is_keyword(std::string_view word) {
    for (const std::string_view keyword : {"and", "or", "not", "in", "true", "false", "null"})
        if (word == keyword) return true;
    return false;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}
bool is_ident_start(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_ident_char(char c) {
    return is_ident_start(c) || is_digit(c);
}
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string describe(const Token& token, std::string_view language) {
    if (token.kind == Tok::String)
        return message("finding.IRM104.token-text"_key, language, {{"text", std::string(token.raw)}});
    return "'" + std::string(token.raw) + "'";
}

/// " (did you mean 'x'?)" in the language, or empty when no candidate is near.
std::string suggestion(std::string_view word, const std::vector<std::string>& candidates,
                       std::string_view language) {
    const auto near = text::closest(word, candidates);
    return near ? message("lint.did-you-mean"_key, language, {{"name", "'" + *near + "'"}}) : std::string();
}

// Names a character the tokenizer cannot read, and hints at the operator probably meant.
std::string bad_character(std::string_view source, std::size_t at, std::string_view language) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(source[i]); };
    std::string shown;
    if (byte(at) >= 0x80) {
        std::size_t end = at + 1;
        while (end < source.size() && end < at + 4 && (byte(end) & 0xC0) == 0x80)
            ++end;
        const std::string_view sequence = source.substr(at, end - at);
        if (!text::first_invalid_utf8(sequence)) shown = "'" + std::string(sequence) + "'";
    } else if (byte(at) >= 0x20 && byte(at) < 0x7F) {
        shown = "'" + std::string(1, source[at]) + "'";
    }
    if (shown.empty()) {
        char code[8];
        std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned>(byte(at)));
        shown = code;
    }
    Key key = "finding.IRM104.character"_key;
    switch (source[at]) {
        case '=':
            key = "finding.IRM104.character-equals"_key;
            break;
        case '!':
            key = "finding.IRM104.character-not"_key;
            break;
        case '&':
            key = "finding.IRM104.character-and"_key;
            break;
        case '|':
            key = "finding.IRM104.character-or"_key;
            break;
        default:
            break;
    }
    return message(key, language, {{"character", shown}});
}

class Lexer {
public:
    Lexer(std::string_view source, std::string_view language) : source_(source), language_(language) {}

    Token next() {
        while (pos_ < source_.size() && is_space(source_[pos_]))
            ++pos_;
        Token token;
        token.offset = pos_;
        if (pos_ == source_.size()) return token;
        const char c = source_[pos_];
        std::size_t end = pos_ + 1;
        if (is_digit(c)) {
            token.kind = Tok::Number;
            end = skip_digits(pos_);
            if (end + 1 < source_.size() && source_[end] == '.' && is_digit(source_[end + 1]))
                end = skip_digits(end + 1);
        } else if (is_ident_start(c)) {
            token.kind = Tok::Word;
            while (end < source_.size() && is_ident_char(source_[end]))
                ++end;
        } else if (c == '\'' || c == '"') {
            const std::size_t close = source_.find(c, pos_ + 1);
            if (close == std::string_view::npos) {
                token.kind = Tok::Bad;
                token.problem =
                    message("finding.IRM104.unterminated"_key, language_, {{"quote", std::string(1, c)}});
                pos_ = source_.size();
                return token;
            }
            token.kind = Tok::String;
            token.text = source_.substr(pos_ + 1, close - pos_ - 1);
            end = close + 1;
        } else if (pos_ + 1 < source_.size() && source_[pos_ + 1] == '=' &&
                   std::string_view("=!<>").find(c) != std::string_view::npos) {
            token.kind = Tok::Symbol;
            end = pos_ + 2;
        } else if (std::string_view("<>+-*/()[],.").find(c) != std::string_view::npos) {
            token.kind = Tok::Symbol;
        } else {
            token.kind = Tok::Bad;
            token.problem = bad_character(source_, pos_, language_);
        }
        token.raw = source_.substr(pos_, end - pos_);
        if (token.kind != Tok::String) token.text = token.raw;
        pos_ = end;
        return token;
    }

private:
    std::size_t skip_digits(std::size_t i) const {
        while (i < source_.size() && is_digit(source_[i]))
            ++i;
        return i;
    }

    std::string_view source_;
    std::string_view language_;
    std::size_t pos_ = 0;
};

// ---------------------------------------------------------------- functions

/// What the quoted second argument of a function is, when it takes one.
enum class Second { None, ChoiceValue, ColumnId };

struct Function {
    std::string_view name;
    std::size_t arity;
    bool names_question;  // the first argument is a question id or `.`
    Second second;
};

constexpr Function functions[] = {
    {"answered", 1, true, Second::None},        {"count", 1, true, Second::None},
    {"selected", 2, true, Second::ChoiceValue}, {"len", 1, false, Second::None},
    {"sum", 2, true, Second::ColumnId},
};

const Function* find_function(std::string_view name) {
    for (const auto& function : functions)
        if (function.name == name) return &function;
    return nullptr;
}

std::vector<std::string> function_names() {
    std::vector<std::string> result;
    for (const auto& function : functions)
        result.emplace_back(function.name);
    return result;
}

// ---------------------------------------------------------------- parser

std::optional<Op> binary_op(const Token& token) {
    if (token.kind == Tok::Word) {
        if (token.raw == "or") return Op::Or;
        if (token.raw == "and") return Op::And;
        if (token.raw == "in") return Op::In;
    } else if (token.kind == Tok::Symbol) {
        static const std::pair<std::string_view, Op> symbols[] = {
            {"==", Op::Eq}, {"!=", Op::Ne}, {"<", Op::Lt},  {"<=", Op::Le}, {">", Op::Gt},
            {">=", Op::Ge}, {"+", Op::Add}, {"-", Op::Sub}, {"*", Op::Mul}, {"/", Op::Div},
        };
        for (const auto& [symbol, op] : symbols)
            if (token.raw == symbol) return op;
    }
    return std::nullopt;
}

bool is_comparison(std::optional<Op> op) {
    return op && (*op == Op::Eq || *op == Op::Ne || *op == Op::Lt || *op == Op::Le || *op == Op::Gt ||
                  *op == Op::Ge || *op == Op::In);
}

Expr make(Expr::Kind kind, std::size_t offset) {
    Expr expr;
    expr.kind = kind;
    expr.offset = offset;
    return expr;
}

// A parsed subtree, with what the parser needs to know beyond the Expr itself.
struct Node {
    Expr expr;
    std::size_t start = 0;   // first character, counting enclosing parentheses
    std::size_t height = 1;  // levels of the tree from this node down
};

Node leaf(Expr expr) {
    Node node;
    node.start = expr.offset;
    node.expr = std::move(expr);
    return node;
}

class Nesting {
public:
    explicit Nesting(std::size_t& depth) : depth_(depth) { ++depth_; }
    ~Nesting() { --depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

private:
    std::size_t& depth_;
};

class Parser {
public:
    Parser(std::string_view source, std::string_view language)
        : lexer_(source, language), language_(language) {
        advance();
    }

    Parsed run() {
        auto root = expression();
        if (root && token_.kind != Tok::End) unexpected(found_here());
        Parsed result;
        if (error_)
            result.error = std::move(error_);
        else
            result.expr = std::move(root->expr);
        return result;
    }

private:
    using Level = std::optional<Node> (Parser::*)();

    std::string say(Key key, std::initializer_list<Arg> args = {}) const {
        return message(key, language_, args);
    }

    /// "unexpected 'b'": the token here, which the grammar does not allow.
    std::string found_here() const {
        return say("finding.IRM104.unexpected"_key, {{"token", describe(token_, language_)}});
    }

    void advance() {
        previous_ = token_.raw;
        token_ = lexer_.next();
    }

    std::nullopt_t fail(std::size_t offset, std::string message) {
        if (!error_) error_ = SyntaxError{offset, std::move(message)};
        return std::nullopt;
    }

    // A token the lexer could not read explains itself better than any expectation.
    std::nullopt_t unexpected(const std::string& message) {
        return fail(token_.offset, token_.kind == Tok::Bad ? token_.problem : message);
    }

    std::nullopt_t too_deep(std::size_t offset) {
        return fail(offset, say("finding.IRM104.too-deep"_key, {{"max", std::to_string(max_depth)}}));
    }

    std::nullopt_t expected_operand() {
        if (previous_.empty())
            return unexpected(token_.kind == Tok::End ? say("finding.IRM104.empty"_key) : found_here());
        return unexpected(
            say("finding.IRM104.operand-missing"_key, {{"previous", "'" + std::string(previous_) + "'"}}));
    }

    std::nullopt_t missing(std::string_view close, bool in_list) {
        const std::string quoted_close = "'" + std::string(close) + "'";
        if (token_.kind == Tok::End)
            return unexpected(say("finding.IRM104.close-missing"_key, {{"close", quoted_close}}));
        return unexpected(
            say(in_list ? "finding.IRM104.comma-or-close-expected"_key : "finding.IRM104.close-expected"_key,
                {{"close", quoted_close}, {"token", describe(token_, language_)}}));
    }

    // Adopts the children, refusing trees too tall to walk recursively later.
    std::optional<Node> build(Expr expr, std::vector<Node> children, std::size_t at) {
        Node node;
        for (auto& child : children) {
            node.height = std::max(node.height, child.height + 1);
            expr.args.push_back(std::move(child.expr));
        }
        if (node.height > max_depth) return too_deep(at);
        node.start = expr.offset;
        node.expr = std::move(expr);
        return node;
    }

    std::optional<Node> expression() {
        const Nesting nesting(depth_);
        if (depth_ > max_depth) return too_deep(token_.offset);
        return chain(&Parser::conjunction, {Op::Or});
    }

    std::optional<Node> conjunction() { return chain(&Parser::negation, {Op::And}); }

    std::optional<Node> negation() {
        return is_word(token_, "not") ? prefix(Op::Not, &Parser::negation) : comparison();
    }

    // Comparisons do not associate: `a == b == c` is refused rather than given a meaning.
    std::optional<Node> comparison() {
        auto left = sum();
        const auto op = binary_op(token_);
        if (!left || !is_comparison(op)) return left;
        const std::size_t at = token_.offset;
        advance();
        auto right = sum();
        if (!right) return std::nullopt;
        if (is_comparison(binary_op(token_))) return unexpected(say("finding.IRM104.chained"_key));
        return binary(*op, at, std::move(*left), std::move(*right));
    }

    std::optional<Node> sum() { return chain(&Parser::product, {Op::Add, Op::Sub}); }
    std::optional<Node> product() { return chain(&Parser::unary, {Op::Mul, Op::Div}); }

    std::optional<Node> unary() { return is_symbol(token_, "-") ? prefix(Op::Neg, &Parser::unary) : atom(); }

    std::optional<Node> chain(Level operand, std::initializer_list<Op> ops) {
        auto left = (this->*operand)();
        while (left) {
            const auto op = binary_op(token_);
            if (!op || std::find(ops.begin(), ops.end(), *op) == ops.end()) break;
            const std::size_t at = token_.offset;
            advance();
            auto right = (this->*operand)();
            if (!right) return std::nullopt;
            left = binary(*op, at, std::move(*left), std::move(*right));
        }
        return left;
    }

    std::optional<Node> prefix(Op op, Level operand) {
        const std::size_t at = token_.offset;
        advance();
        const Nesting nesting(depth_);
        if (depth_ > max_depth) return too_deep(at);
        auto inner = (this->*operand)();
        if (!inner) return std::nullopt;
        Expr expr = make(Expr::Kind::Unary, at);
        expr.op = op;
        std::vector<Node> children;
        children.push_back(std::move(*inner));
        return build(std::move(expr), std::move(children), at);
    }

    std::optional<Node> binary(Op op, std::size_t at, Node left, Node right) {
        Expr expr = make(Expr::Kind::Binary, left.start);
        expr.op = op;
        std::vector<Node> children;
        children.push_back(std::move(left));
        children.push_back(std::move(right));
        return build(std::move(expr), std::move(children), at);
    }

    std::optional<Node> atom() {
        const Token token = token_;
        if (token.kind == Tok::Number) {
            double number = 0;
            const char* first = token.raw.data();
            if (std::from_chars(first, first + token.raw.size(), number).ec != std::errc())
                return fail(token.offset, say("finding.IRM104.number-out-of-range"_key,
                                              {{"number", std::string(token.raw)}}));
            advance();
            Expr expr = make(Expr::Kind::Literal, token.offset);
            expr.literal = Value::of(number);
            return leaf(std::move(expr));
        }
        if (token.kind == Tok::String) {
            advance();
            Expr expr = make(Expr::Kind::Literal, token.offset);
            expr.literal = Value::of(std::string(token.text));
            return leaf(std::move(expr));
        }
        if (token.kind == Tok::Word) {
            if (token.raw == "true" || token.raw == "false" || token.raw == "null") {
                advance();
                Expr expr = make(Expr::Kind::Literal, token.offset);
                if (token.raw != "null") expr.literal = Value::of(token.raw == "true");
                return leaf(std::move(expr));
            }
            if (is_keyword(token.raw)) return expected_operand();
            advance();
            if (is_symbol(token_, "(")) return call(token);
            Expr expr = make(Expr::Kind::Name, token.offset);
            expr.name = std::string(token.raw);
            return leaf(std::move(expr));
        }
        if (is_symbol(token, ".")) {
            advance();
            return leaf(make(Expr::Kind::Dot, token.offset));
        }
        if (is_symbol(token, "(")) return group();
        if (is_symbol(token, "[")) return list();
        return expected_operand();
    }

    std::optional<Node> group() {
        const std::size_t at = token_.offset;
        advance();
        auto inner = expression();
        if (!inner) return std::nullopt;
        if (!is_symbol(token_, ")")) return missing(")", false);
        advance();
        inner->start = at;
        return inner;
    }

    std::optional<Node> list() {
        const std::size_t at = token_.offset;
        advance();
        auto elements = items("]");
        if (!elements) return std::nullopt;
        return build(make(Expr::Kind::List, at), std::move(*elements), at);
    }

    std::optional<Node> call(const Token& name) {
        const Function* function = find_function(name.raw);
        if (!function)
            return fail(name.offset, say("finding.IRM104.unknown-function"_key,
                                         {{"name", "'" + std::string(name.raw) + "'"},
                                          {"hint", suggestion(name.raw, function_names(), language_)}}));
        advance();
        auto args = items(")");
        if (!args) return std::nullopt;
        const std::string quoted = "'" + std::string(function->name) + "'";
        if (args->size() != function->arity)
            return fail(name.offset, say(function->arity == 1 ? "finding.IRM104.arguments.one"_key
                                                              : "finding.IRM104.arguments.other"_key,
                                         {{"function", quoted},
                                          {"count", std::to_string(function->arity)},
                                          {"given", std::to_string(args->size())}}));
        const Expr& first = args->front().expr;
        if (function->names_question && first.kind != Expr::Kind::Name && first.kind != Expr::Kind::Dot)
            return fail(args->front().start,
                        say("finding.IRM104.first-argument"_key, {{"function", quoted}}));
        if (function->second != Second::None) {
            const Expr& second = (*args)[1].expr;
            if (second.kind != Expr::Kind::Literal || second.literal.kind != Value::Kind::String)
                return fail((*args)[1].start, say(function->second == Second::ChoiceValue
                                                      ? "finding.IRM104.second-argument-choice"_key
                                                      : "finding.IRM104.second-argument-column"_key,
                                                  {{"function", quoted}}));
        }
        Expr expr = make(Expr::Kind::Call, name.offset);
        expr.name = std::string(name.raw);
        return build(std::move(expr), std::move(*args), name.offset);
    }

    // Parses `[expr ("," expr)*]` and the closing bracket, after the opening one.
    std::optional<std::vector<Node>> items(std::string_view close) {
        std::vector<Node> result;
        if (is_symbol(token_, close)) {
            advance();
            return result;
        }
        for (;;) {
            auto item = expression();
            if (!item) return std::nullopt;
            result.push_back(std::move(*item));
            if (is_symbol(token_, close)) {
                advance();
                return result;
            }
            if (!is_symbol(token_, ",")) return missing(close, true);
            advance();
        }
    }

    Lexer lexer_;
    std::string_view language_;
    Token token_;
    std::string_view previous_;
    std::size_t depth_ = 0;
    std::optional<SyntaxError> error_;
};

// ---------------------------------------------------------------- checks

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

bool is_choice_type(const NameInfo& info) {
    return info.type == "choice" || info.type == "multi_choice";
}

std::string shown(const Value& value) {
    if (value.kind == Value::Kind::Bool) return value.boolean ? "true" : "false";
    std::ostringstream out;
    out << std::setprecision(15) << value.number;
    return out.str();
}

class Checker {
public:
    Checker(const Scope& scope, bool dot_allowed, std::string_view language)
        : scope_(scope), dot_allowed_(dot_allowed), language_(language) {}

    void visit(const Expr& expr) {
        const auto& args = expr.args;
        switch (expr.kind) {
            case Expr::Kind::Name:
                if (!scope_.find(expr.name))
                    report("IRM103",
                           say("finding.IRM103.unknown-name"_key,
                               {{"name", "'" + expr.name + "'"},
                                {"hint", suggestion(expr.name, scope_.names(), language_)}}),
                           expr.offset);
                break;
            case Expr::Kind::Dot:
                if (!dot_allowed_) report("IRM103", say("finding.IRM103.dot"_key), expr.offset);
                break;
            case Expr::Kind::Binary:
                if (args.size() != 2) break;
                if (expr.op == Op::Eq || expr.op == Op::Ne) {
                    choice_value(args[0], args[1]);
                    choice_value(args[1], args[0]);
                } else if (expr.op == Op::In && args[1].kind == Expr::Kind::List) {
                    for (const auto& item : args[1].args)
                        choice_value(args[0], item);
                } else if (expr.op == Op::In) {
                    choice_value(args[1], args[0]);
                }
                break;
            case Expr::Kind::Call:
                if (args.size() != 2) break;
                if (expr.name == "selected") choice_value(args[0], args[1]);
                if (expr.name == "sum") column(args[0], args[1]);
                break;
            default:
                break;
        }
        for (const auto& arg : args)
            visit(arg);
    }

    std::vector<Problem> problems() {
        std::stable_sort(problems_.begin(), problems_.end(),
                         [](const Problem& a, const Problem& b) { return a.offset < b.offset; });
        return std::move(problems_);
    }

private:
    void report(const char* code, std::string text, std::size_t offset) {
        problems_.push_back(Problem{code, std::move(text), offset});
    }

    std::string say(Key key, std::initializer_list<Arg> args = {}) const {
        return message(key, language_, args);
    }

    /// The question an argument names, as a message names it: in words when the scope knows them.
    std::string subject(const Expr& question) const {
        if (question.kind == Expr::Kind::Dot) return say("lint.expression.this-question"_key);
        std::string words = scope_.words(question.name);
        return words.empty() ? "'" + question.name + "'" : words;
    }

    // A scope may describe the answer being checked under the name ".".
    const NameInfo* info(const Expr& question) const {
        if (question.kind == Expr::Kind::Name) return scope_.find(question.name);
        if (question.kind == Expr::Kind::Dot && dot_allowed_) return scope_.find(".");
        return nullptr;
    }

    void choice_value(const Expr& question, const Expr& value) {
        if (value.kind != Expr::Kind::Literal || value.literal.is_null()) return;
        const NameInfo* described = info(question);
        if (!described || !is_choice_type(*described)) return;
        const auto& choices = described->choices;
        if (value.literal.kind == Value::Kind::String) {
            const std::string& wanted = value.literal.text;
            if (!contains(choices, wanted))
                report("IRM108",
                       say("finding.IRM108.no-such-choice"_key,
                           {{"question", subject(question)},
                            {"value", "'" + wanted + "'"},
                            {"hint", suggestion(wanted, choices, language_)}}),
                       value.offset);
            return;
        }
        // Choice values are text, so a number or a boolean never equals one.
        const std::string written = shown(value.literal);
        report("IRM108",
               say("finding.IRM108.not-text"_key,
                   {{"question", subject(question)},
                    {"value", written},
                    {"hint", contains(choices, written)
                                 ? say("lint.did-you-mean"_key, {{"name", "'" + written + "'"}})
                                 : std::string()}}),
               value.offset);
    }

    void column(const Expr& table, const Expr& name) {
        const NameInfo* described = info(table);
        if (!described) return;
        if (described->type != "table") {
            report("IRM104",
                   say("finding.IRM104.sum-not-table"_key,
                       {{"question", subject(table)}, {"type", "'" + described->type + "'"}}),
                   table.offset);
            return;
        }
        if (name.kind != Expr::Kind::Literal) return;
        const std::string& wanted = name.literal.text;
        if (!contains(described->columns, wanted))
            report("IRM103",
                   say("finding.IRM103.no-column"_key,
                       {{"question", subject(table)},
                        {"column", "'" + wanted + "'"},
                        {"hint", suggestion(wanted, described->columns, language_)}}),
                   name.offset);
    }

    const Scope& scope_;
    bool dot_allowed_;
    std::string_view language_;
    std::vector<Problem> problems_;
};

/// The names of an expression in order of first use; `seen` points into the expression, so that an
/// expression of many names costs their number, not its square.
void collect_names(const Expr& expr, std::vector<std::string>& found,
                   std::unordered_set<std::string_view>& seen) {
    if (expr.kind == Expr::Kind::Name && seen.insert(expr.name).second) found.push_back(expr.name);
    for (const auto& arg : expr.args)
        collect_names(arg, found, seen);
}

// ---------------------------------------------------------------- evaluation

std::optional<Value> finite(double number) {
    if (!std::isfinite(number)) return std::nullopt;
    return Value::of(number);
}

bool ordered(Op op, const Value& a, const Value& b) {
    int order = 0;
    if (a.kind == Value::Kind::Number && b.kind == Value::Kind::Number)
        order = a.number < b.number ? -1 : (b.number < a.number ? 1 : 0);
    else if (a.kind == Value::Kind::String && b.kind == Value::Kind::String)
        order = a.text.compare(b.text);  // char_traits<char> compares bytes as unsigned
    else
        return false;
    switch (op) {
        case Op::Lt:
            return order < 0;
        case Op::Le:
            return order <= 0;
        case Op::Gt:
            return order > 0;
        case Op::Ge:
            return order >= 0;
        default:
            return false;
    }
}

bool member(const Value& item, const Value& list) {
    if (item.is_null() || list.kind != Value::Kind::List) return false;
    return std::find(list.items.begin(), list.items.end(), item) != list.items.end();
}

std::string_view question_of(const Expr& arg) {
    return arg.kind == Expr::Kind::Dot ? std::string_view(".") : std::string_view(arg.name);
}

std::optional<Value> evaluate_binary(const Expr& expr, const Environment& env) {
    if (expr.args.size() != 2) return std::nullopt;
    const Op op = expr.op;
    // A failure fails the whole expression, even an `or` whose other side is true:
    // docs/FORMATS.md makes an expression that cannot be evaluated false as a whole.
    const auto left = evaluate(expr.args[0], env);
    if (!left) return std::nullopt;
    if (op == Op::And && !left->truthy()) return Value::of(false);
    if (op == Op::Or && left->truthy()) return Value::of(true);
    const auto right = evaluate(expr.args[1], env);
    if (!right) return std::nullopt;
    switch (op) {
        case Op::And:
        case Op::Or:
            return Value::of(right->truthy());
        case Op::Eq:
            return Value::of(*left == *right);
        case Op::Ne:
            return Value::of(*left != *right);
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge:
            return Value::of(ordered(op, *left, *right));
        case Op::In:
            return Value::of(member(*left, *right));
        default:
            break;
    }
    if (left->kind != Value::Kind::Number || right->kind != Value::Kind::Number) return std::nullopt;
    const double a = left->number;
    const double b = right->number;
    switch (op) {
        case Op::Add:
            return finite(a + b);
        case Op::Sub:
            return finite(a - b);
        case Op::Mul:
            return finite(a * b);
        case Op::Div:
            return b == 0 ? std::nullopt : finite(a / b);
        default:
            return std::nullopt;
    }
}

std::optional<Value> evaluate_unary(const Expr& expr, const Environment& env) {
    if (expr.args.size() != 1) return std::nullopt;
    const auto operand = evaluate(expr.args[0], env);
    if (!operand) return std::nullopt;
    if (expr.op == Op::Not) return Value::of(!operand->truthy());
    if (expr.op == Op::Neg && operand->kind == Value::Kind::Number) return finite(-operand->number);
    return std::nullopt;
}

std::optional<Value> evaluate_call(const Expr& expr, const Environment& env) {
    const Function* function = find_function(expr.name);
    if (!function || expr.args.size() != function->arity) return std::nullopt;
    if (expr.name == "len") {
        const auto operand = evaluate(expr.args[0], env);
        if (!operand) return std::nullopt;
        if (operand->kind == Value::Kind::String)
            return Value::of(static_cast<double>(text::code_points(operand->text)));
        if (operand->kind == Value::Kind::List) return Value::of(static_cast<double>(operand->items.size()));
        return std::nullopt;
    }
    const std::string_view question = question_of(expr.args[0]);
    if (expr.name == "answered") return Value::of(!env.value(question).is_null());
    if (expr.name == "count") return Value::of(env.count(question));
    if (expr.name == "sum") return Value::of(env.column_sum(question, expr.args[1].literal.text));
    // selected: a multi_choice answer lists the value; a choice answer is the value.
    const Value answer = env.value(question);
    const Value& wanted = expr.args[1].literal;
    return Value::of(answer.kind == Value::Kind::List ? member(wanted, answer) : answer == wanted);
}

}  // namespace

Parsed parse(std::string_view text, std::string_view language) {
    return Parser(text, language).run();
}

std::vector<Problem> check(const Expr& expr, const Scope& scope, bool dot_allowed,
                           std::string_view language) {
    Checker checker(scope, dot_allowed, language);
    checker.visit(expr);
    return checker.problems();
}

std::vector<std::string> names(const Expr& expr) {
    std::vector<std::string> found;
    std::unordered_set<std::string_view> seen;
    collect_names(expr, found, seen);
    return found;
}

std::optional<Value> evaluate(const Expr& expr, const Environment& env) {
    switch (expr.kind) {
        case Expr::Kind::Literal:
            return expr.literal;
        case Expr::Kind::Name:
            return env.value(expr.name);
        case Expr::Kind::Dot:
            return env.value(".");
        case Expr::Kind::Unary:
            return evaluate_unary(expr, env);
        case Expr::Kind::Binary:
            return evaluate_binary(expr, env);
        case Expr::Kind::Call:
            return evaluate_call(expr, env);
        case Expr::Kind::List: {
            std::vector<Value> items;
            for (const auto& item : expr.args) {
                auto value = evaluate(item, env);
                if (!value) return std::nullopt;
                items.push_back(std::move(*value));
            }
            return Value::of(std::move(items));
        }
    }
    return std::nullopt;
}

bool holds(const Expr& expr, const Environment& env) {
    const auto value = evaluate(expr, env);
    return value && value->truthy();
}

}  // namespace irm::expr
