#include "fill/template_words.hpp"

#include <irm/answers.hpp>
#include <irm/text.hpp>

namespace irm::words {

namespace {

const Words english{
    "Applies when",
    "Required.",
    "Required when",
    "Required when it applies.",
    "Likely authority",
    "Help",
    "Values",
    "Note",
    "Section",
    "Provision",
    "Question",
    "Answer",
    "Waiver: why a warning does not apply",
    " and ",
    " or ",
    "{q} is {values}",
    "{q} is not {values}",
    "{q} is answered",
    "{q} is not answered",
    "{value} is selected for {q}",
    "\xE2\x80\x9C",  // “
    "\xE2\x80\x9D",  // ”
    "row {n}",
    "Name of the State",
    "Instructions",
    "Answers",
    "Legislation",
    "Technical assistance",
    "Title",
    "Year",
    "Link to the text (URL)",
    "SHERLOC id",
    "Category",
    "Description",
    "Priority",
    "High",
    "Medium",
    "Low",
    "State",
    "Questionnaire",
    "Language",
    "Cite the laws on the Legislation sheet, question {q}.",
    "List the needs on the Technical assistance sheet, question {q}.",
    "Fill in the table on sheet {sheet}.",
    "One or more, separated by ;",
    "Choose from the list",
    "A whole number",
    "A number",
    "A date (YYYY-MM-DD)",
    "from {min} to {max}",
    "at least {min}",
    "at most {max}",
    {
        "How to fill in this workbook",
        "1. Answer in the yellow cells of the Answers sheet. Pick choices from the drop-down list; where "
        "several are allowed, type their labels separated by \";\".",
        "2. Some questions apply only when an earlier answer says so: the Question column says when. Leave "
        "the others empty.",
        "3. Cite legislation on the Legislation sheet (one row per law, choosing the question in column A), "
        "technical-assistance needs on the Technical assistance sheet, and statistics on the sheet of each "
        "table.",
        "4. Several ministries can fill in copies of this workbook; the focal point then gathers the "
        "answers.",
        "5. Do not rename, move or delete sheets, rows or columns: a hidden sheet tells irm which cell holds "
        "which answer.",
        "6. When done, turn the workbook into a response and check it:",
        "       irm import WORKBOOK.xlsx -o response.yaml",
        "       irm validate response.yaml      (or directly: irm validate WORKBOOK.xlsx)",
    },
    {
        "Answer after each question; leave empty what has no answer yet (an empty answer is unanswered).",
        "Notes and help are comments: they are not part of the response.",
        "Check the file with: irm validate FILE (add --final to see what is still required).",
    },
    "One value",
    "A list of values, e.g. [value, value]",
    "Text",
    "A list of citations:",
    "A list of rows, one per line of the table:",
    "A list of needs:",
    "Columns",
    "Categories",
    "Priorities",
    "{q}: the answer cannot be carried into a workbook cell ({why}); it is left out",
    ": ",
};

const Words french{
    "S'applique si",
    "Obligatoire.",
    "Obligatoire si",
    "Obligatoire lorsqu'elle s'applique.",
    "Autorit\xC3\xA9 probable",
    "Aide",
    "Valeurs",
    "Note",
    "Section",
    "Disposition",
    "Question",
    "R\xC3\xA9ponse",
    "D\xC3\xA9rogation : pourquoi un avertissement ne s'applique pas",
    " et ",
    " ou ",
    "{q} vaut {values}",
    "{q} ne vaut pas {values}",
    "{q} a une r\xC3\xA9ponse",
    "{q} n'a pas de r\xC3\xA9ponse",
    "{value} est coch\xC3\xA9 pour {q}",
    "\xC2\xAB\xC2\xA0",  // « + no-break space
    "\xC2\xA0\xC2\xBB",  // no-break space + »
    "ligne {n}",
    "Nom de l'\xC3\x89tat",
    "Instructions",
    "R\xC3\xA9ponses",
    "L\xC3\xA9gislation",
    "Assistance technique",
    "Intitul\xC3\xA9",
    "Ann\xC3\xA9"
    "e",
    "Lien vers le texte (URL)",
    "Identifiant SHERLOC",
    "Cat\xC3\xA9gorie",
    "Description",
    "Priorit\xC3\xA9",
    "\xC3\x89lev\xC3\xA9"
    "e",
    "Moyenne",
    "Faible",
    "\xC3\x89tat",
    "Questionnaire",
    "Langue",
    "Citez les lois dans la feuille L\xC3\xA9gislation, question {q}.",
    "Indiquez les besoins dans la feuille Assistance technique, question {q}.",
    "Remplissez le tableau de la feuille {sheet}.",
    "Une ou plusieurs, s\xC3\xA9par\xC3\xA9"
    "es par ;",
    "Choisissez dans la liste",
    "Un nombre entier",
    "Un nombre",
    "Une date (AAAA-MM-JJ)",
    "de {min} \xC3\xA0 {max}",
    "au moins {min}",
    "au plus {max}",
    {
        "Comment remplir ce classeur",
        "1. R\xC3\xA9pondez dans les cellules jaunes de la feuille R\xC3\xA9ponses. Choisissez dans la liste "
        "d\xC3\xA9roulante ; lorsque plusieurs choix sont permis, tapez leurs libell\xC3\xA9s "
        "s\xC3\xA9par\xC3\xA9s par \xC2\xAB ; \xC2\xBB.",
        "2. Certaines questions ne s'appliquent que si une r\xC3\xA9ponse pr\xC3\xA9"
        "c\xC3\xA9"
        "dente le pr\xC3\xA9voit : la colonne Question dit quand. Laissez les autres vides.",
        "3. Citez la l\xC3\xA9gislation dans la feuille L\xC3\xA9gislation (une ligne par loi, en "
        "choisissant la question dans la colonne A), les besoins d'assistance technique dans la feuille "
        "Assistance technique, et les statistiques dans la feuille de chaque tableau.",
        "4. Plusieurs minist\xC3\xA8res peuvent remplir des copies de ce classeur ; le point focal rassemble "
        "ensuite les r\xC3\xA9ponses.",
        "5. Ne renommez, ne d\xC3\xA9placez et ne supprimez ni feuille, ni ligne, ni colonne : une feuille "
        "masqu\xC3\xA9"
        "e indique \xC3\xA0 irm quelle cellule contient quelle r\xC3\xA9ponse.",
        "6. Une fois termin\xC3\xA9, transformez le classeur en r\xC3\xA9ponse et v\xC3\xA9rifiez-la :",
        "       irm import CLASSEUR.xlsx -o reponse.yaml",
        "       irm validate reponse.yaml      (ou directement : irm validate CLASSEUR.xlsx)",
    },
    {
        "R\xC3\xA9pondez apr\xC3\xA8s chaque question ; laissez vide ce qui n'a pas encore de "
        "r\xC3\xA9ponse.",
        "Les notes et l'aide sont des commentaires : elles ne font pas partie de la r\xC3\xA9ponse.",
        "V\xC3\xA9rifiez le fichier avec : irm validate FICHIER (ajoutez --final pour voir ce qui reste "
        "obligatoire).",
    },
    "Une valeur",
    "Une liste de valeurs, par exemple [valeur, valeur]",
    "Texte",
    "Une liste de citations :",
    "Une liste de lignes, une par ligne du tableau :",
    "Une liste de besoins :",
    "Colonnes",
    "Cat\xC3\xA9gories",
    "Priorit\xC3\xA9s",
    "{q} : la r\xC3\xA9ponse ne peut pas \xC3\xAAtre report\xC3\xA9"
    "e dans une cellule du classeur ({why}) ; elle est laiss\xC3\xA9"
    "e de c\xC3\xB4t\xC3\xA9",
    "\xC2\xA0: ",
};

using expr::Expr;
using expr::Op;

struct Describer {
    const Questionnaire& q;
    const Words& w;
    std::string_view language;
    const std::function<std::string(const Question&)>& name_of;

    std::string quote(const std::string& s) const { return w.open_quote + s + w.close_quote; }

    /// The label of a choice value, quoted.
    std::string value_label(const Question& question, const std::string& value) const {
        return quote(choice_label(question.choices, value, language));
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
            return subst(negated ? w.not_answered : w.answered, "q", name_of(*question));
        if (e.name == "selected" && !negated && e.args.size() == 2 && e.args[1].kind == Expr::Kind::Literal &&
            e.args[1].literal.kind == expr::Value::Kind::String)
            return subst(subst(w.selected, "value", value_label(*question, e.args[1].literal.text)), "q",
                         name_of(*question));
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
            const std::string left = describe(e.args[0]), right = describe(e.args[1]);
            if (left.empty() || right.empty()) return {};
            return left + (e.op == Op::And ? w.and_ : w.or_) + right;
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
        std::string listed;
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) listed += i + 1 == values.size() ? w.or_ : ", ";
            listed += value_label(*question, values[i]);
        }
        return subst(subst(e.op == Op::Ne ? w.is_not : w.is, "values", listed), "q", name_of(*question));
    }
};

std::string in_words(const Condition& c, const Questionnaire& questionnaire, std::string_view language,
                     const std::function<std::string(const Question&)>& name_of, bool expression) {
    const std::string words = condition(c, questionnaire, language, name_of);
    if (words.empty()) return c.source;
    return expression ? words + " (" + c.source + ")" : words;
}

}  // namespace

const Words& in(std::string_view language) {
    return language == "fr" ? french : english;
}

std::string subst(std::string pattern, std::string_view name, std::string_view value) {
    const std::string key = "{" + std::string(name) + "}";
    for (std::size_t at = pattern.find(key); at != std::string::npos;
         at = pattern.find(key, at + value.size()))
        pattern.replace(at, key.size(), value);
    return pattern;
}

std::string condition(const Condition& condition, const Questionnaire& questionnaire,
                      std::string_view language, const std::function<std::string(const Question&)>& name_of) {
    return Describer{questionnaire, in(language), language, name_of}.describe(condition.expr);
}

std::string requirement(const Question& question, const Questionnaire& questionnaire,
                        std::string_view language, const std::function<std::string(const Question&)>& name_of,
                        bool expression) {
    const Words& w = in(language);
    if (question.required) return w.required;
    if (!question.required_if) return {};
    if (question.show_if && question.show_if->source == question.required_if->source)
        return w.required_when_applies;
    return std::string(w.required_when) + " " +
           in_words(*question.required_if, questionnaire, language, name_of, expression) + ".";
}

std::string applicability(const Question& question, const Questionnaire& questionnaire,
                          std::string_view language,
                          const std::function<std::string(const Question&)>& name_of, bool expression) {
    const Words& w = in(language);
    std::vector<std::string> parts;
    if (const auto& section = questionnaire.sections[question.section].show_if)
        parts.push_back(in_words(*section, questionnaire, language, name_of, expression));
    if (question.show_if)
        parts.push_back(in_words(*question.show_if, questionnaire, language, name_of, expression));
    if (parts.empty()) return {};
    std::string out = std::string(w.applies_when) + " " + parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i)
        out += w.and_ + parts[i];
    return out + ".";
}

std::string priority_label(std::string_view priority, std::string_view language) {
    const Words& w = in(language);
    if (priority == "high") return w.high;
    if (priority == "medium") return w.medium;
    if (priority == "low") return w.low;
    return std::string(priority);
}

std::string shorten(std::string_view text, std::size_t limit) {
    if (text::code_points(text) <= limit) return std::string(text);
    // Keep limit - 1 code points, then back up to a space.
    std::size_t kept = 0, end = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (kept == limit - 1) {
            end = i;
            break;
        }
        ++kept;
    }
    std::size_t cut = text.rfind(' ', end);
    if (cut == std::string_view::npos || cut < end / 2) cut = end;
    return std::string(text.substr(0, cut)) + "\xE2\x80\xA6";
}

}  // namespace irm::words
