#include "model/condition_words.hpp"

#include <irm/answers.hpp>
#include <irm/catalogue.hpp>

namespace irm {

namespace {

using expr::Expr;
using expr::Op;

struct Describer {
    const Questionnaire& q;
    std::string_view language;
    const QuestionName& name_of;

    /// The label of a choice value, quoted.
    std::string value_label(const Question& question, const std::string& value) const {
        return message("condition.quoted"_key, language,
                       {{"text", choice_label(question.choices, value, language)}});
    }

    const Question* choice_question(const Expr& e) const {
        if (e.kind != Expr::Kind::Name) return nullptr;
        const Question* question = q.find(e.name);
        if (!question || (question->type != QuestionType::Choice)) return nullptr;
        return question;
    }

    std::string describe(const Expr& e) const {
        switch (e.kind) {
            case Expr::Kind::Binary:
                return binary(e);
            case Expr::Kind::Unary:
                if (e.op == Op::Not && e.args.size() == 1 && e.args[0].kind == Expr::Kind::Call &&
                    e.args[0].name == "answered")
                    return call(e.args[0], true);
                return {};
            case Expr::Kind::Call:
                return call(e, false);
            default:
                return {};
        }
    }

    std::string call(const Expr& e, bool negated) const {
        if (e.args.empty() || e.args[0].kind != Expr::Kind::Name) return {};
        const Question* question = q.find(e.args[0].name);
        if (!question) return {};
        if (e.name == "answered")
            return message(negated ? "condition.not-answered"_key : "condition.answered"_key, language,
                           {{"question", name_of(*question)}});
        if (e.name == "selected" && !negated && e.args.size() == 2 && e.args[1].kind == Expr::Kind::Literal &&
            e.args[1].literal.kind == expr::Value::Kind::String)
            return message("condition.selected"_key, language,
                           {{"value", value_label(*question, e.args[1].literal.text)},
                            {"question", name_of(*question)}});
        return {};
    }

    std::string binary(const Expr& e) const {
        if (e.args.size() != 2) return {};
        if (e.op == Op::And || e.op == Op::Or) {
            // Only one kind of joint per level, so that the words need no brackets.
            for (const Expr& side : e.args)
                if (side.kind == Expr::Kind::Binary && (side.op == Op::And || side.op == Op::Or) &&
                    side.op != e.op)
                    return {};
            std::string left = describe(e.args[0]), right = describe(e.args[1]);
            if (left.empty() || right.empty()) return {};
            return message(e.op == Op::And ? "words.and"_key : "words.or"_key, language,
                           {{"left", std::move(left)}, {"right", std::move(right)}});
        }
        const Question* question = choice_question(e.args[0]);
        if (!question) return {};
        const Expr& right = e.args[1];
        std::vector<std::string> values;
        if ((e.op == Op::Eq || e.op == Op::Ne) && right.kind == Expr::Kind::Literal &&
            right.literal.kind == expr::Value::Kind::String) {
            values.push_back(right.literal.text);
        } else if (e.op == Op::In && right.kind == Expr::Kind::List) {
            for (const Expr& item : right.args) {
                if (item.kind != Expr::Kind::Literal || item.literal.kind != expr::Value::Kind::String)
                    return {};
                values.push_back(item.literal.text);
            }
        } else {
            return {};
        }
        for (std::string& value : values)
            value = value_label(*question, value);
        return message(
            e.op == Op::Ne ? "condition.is-not"_key : "condition.is"_key, language,
            {{"question", name_of(*question)}, {"values", join_in_prose(values, language, "words.or"_key)}});
    }
};

std::string in_words(const Condition& c, const Questionnaire& questionnaire, std::string_view language,
                     const QuestionName& name_of, bool expression) {
    std::string words = condition_in_words(c, questionnaire, language, name_of);
    if (words.empty()) return c.source;
    if (!expression) return words;
    return message("condition.with-expression"_key, language,
                   {{"condition", std::move(words)}, {"expression", c.source}});
}

}  // namespace

std::string condition_in_words(const Condition& condition, const Questionnaire& questionnaire,
                               std::string_view language, const QuestionName& name_of) {
    return Describer{questionnaire, language, name_of}.describe(condition.expr);
}

std::string requirement_in_words(const Question& question, const Questionnaire& questionnaire,
                                 std::string_view language, const QuestionName& name_of, bool expression) {
    if (question.required) return message("condition.required"_key, language);
    if (!question.required_if) return {};
    if (question.show_if && question.show_if->source == question.required_if->source)
        return message("condition.required-when-applies"_key, language);
    return message(
        "condition.required-when"_key, language,
        {{"condition", in_words(*question.required_if, questionnaire, language, name_of, expression)}});
}

std::string applicability_in_words(const Question& question, const Questionnaire& questionnaire,
                                   std::string_view language, const QuestionName& name_of, bool expression) {
    std::vector<std::string> parts;
    if (const auto& section = questionnaire.sections[question.section].show_if)
        parts.push_back(in_words(*section, questionnaire, language, name_of, expression));
    if (question.show_if)
        parts.push_back(in_words(*question.show_if, questionnaire, language, name_of, expression));
    if (parts.empty()) return {};
    std::string condition = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i)
        condition = message("words.and"_key, language, {{"left", std::move(condition)}, {"right", parts[i]}});
    return message("condition.applies-when"_key, language, {{"condition", std::move(condition)}});
}

}  // namespace irm
