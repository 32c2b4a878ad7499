#include <irm/messages.hpp>

#include <cstddef>

namespace irm {

namespace {

struct Entry {
    Message id;
    std::string_view key, en, fr;
};

// One line per message. A pattern's placeholders are the same in both languages
// (a unit test holds the catalogue to that).
constexpr Entry catalogue[] = {
    {Message::ObservationsTitle, "title.observations", "List of observations (draft)",
     "Liste d'observations (projet)"},
    {Message::SummaryTitle, "title.summary", "Summary of the list of observations (draft)",
     "Résumé de la liste d'observations (projet)"},
    {Message::DraftNotice, "title.notice",
     "A first draft drawn from the State's answers and the reviewers' notes. Each sentence drawn from the "
     "answers ends with the ids of the questions it comes from, in brackets; the reviewing States check, "
     "complete and reword it.",
     "Premier projet établi à partir des réponses de l'État et des notes des examinateurs. "
     "Chaque phrase tirée des réponses se termine par les identifiants des questions dont elle "
     "provient, entre crochets ; les États examinateurs la vérifient, la complètent et la reformulent."},
    {Message::StateUnderReview, "title.state", "State under review", "État examiné"},
    {Message::Instrument, "title.instrument", "Instrument", "Instrument"},
    {Message::Cluster, "title.cluster", "Cluster", "Groupe thématique"},
    {Message::Questionnaire, "title.questionnaire", "Questionnaire", "Questionnaire"},
    {Message::QuestionnaireVersion, "title.questionnaire-version", "{id}, version {version}",
     "{id}, version {version}"},
    {Message::ReviewingStates, "title.reviewers", "Reviewing States", "États examinateurs"},
    {Message::ToBeNamed, "title.to-be-named", "to be named", "à désigner"},
    {Message::DraftDate, "title.date", "Date of this draft", "Date du présent projet"},
    {Message::ResponseReceived, "title.received", "Response received", "Date de réception de la réponse"},
    {Message::DialogueDate, "title.dialogue", "Dialogue with the State under review",
     "Dialogue avec l'État examiné"},
    {Message::ResponseStatus, "title.status", "Status of the response", "Statut de la réponse"},
    {Message::ResponseLanguage, "title.language", "Language of the answers", "Langue des réponses"},
    {Message::NotStated, "title.not-stated", "not stated", "non indiqué"},
    {Message::StatusFinal, "status.final", "final", "définitive"},
    {Message::StatusDraft, "status.draft", "draft, still in progress", "projet, en cours"},
    {Message::FieldLabel, "title.field", "{label}:", "{label} :"},

    {Message::InstrumentUntoc, "instrument.untoc",
     "United Nations Convention against Transnational Organized Crime",
     "Convention des Nations Unies contre la criminalité transnationale organisée"},
    {Message::InstrumentTip, "instrument.tip",
     "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
     "Protocole visant à prévenir, réprimer et punir la traite des personnes, "
     "en particulier des femmes et des enfants"},
    {Message::InstrumentSom, "instrument.som",
     "Protocol against the Smuggling of Migrants by Land, Sea and Air",
     "Protocole contre le trafic illicite de migrants par terre, air et mer"},
    {Message::InstrumentFir, "instrument.fir",
     "Protocol against the Illicit Manufacturing of and Trafficking in Firearms, "
     "Their Parts and Components and Ammunition",
     "Protocole contre la fabrication et le trafic illicites d'armes à feu, de leurs pièces, éléments et "
     "munitions"},
    {Message::Cluster1, "cluster.1", "I — Criminalization and jurisdiction",
     "I — Incrimination et compétence"},
    {Message::Cluster2, "cluster.2",
     "II — Prevention, technical assistance, protection measures and other measures",
     "II — Prévention, assistance technique, mesures de protection et autres mesures"},
    {Message::Cluster3, "cluster.3", "III — Law enforcement and the judicial system",
     "III — Détection et répression, et système judiciaire"},
    {Message::Cluster4, "cluster.4",
     "IV — International cooperation, mutual legal assistance and confiscation",
     "IV — Coopération internationale, entraide judiciaire et confiscation"},

    {Message::LanguageAr, "language.ar", "Arabic", "arabe"},
    {Message::LanguageEn, "language.en", "English", "anglais"},
    {Message::LanguageEs, "language.es", "Spanish", "espagnol"},
    {Message::LanguageFr, "language.fr", "French", "français"},
    {Message::LanguageRu, "language.ru", "Russian", "russe"},
    {Message::LanguageZh, "language.zh", "Chinese", "chinois"},

    {Message::ProvisionsReviewed, "heading.provisions", "Provisions reviewed", "Dispositions examinées"},
    {Message::Reported, "heading.reported", "What the State reported", "Ce que l'État a indiqué"},
    {Message::PointsForDialogue, "heading.points", "Points for the dialogue",
     "Points à aborder lors du dialogue"},
    {Message::Successes, "heading.successes", "Successes and good practices", "Succès et bonnes pratiques"},
    {Message::Challenges, "heading.challenges", "Challenges and issues", "Difficultés et problèmes"},
    {Message::Suggestions, "heading.suggestions", "Suggestions", "Suggestions"},
    {Message::TaNeeds, "heading.ta-needs", "Technical assistance needs", "Besoins d'assistance technique"},
    {Message::OtherInformation, "heading.other", "Practice and other information",
     "Pratique et autres informations"},
    {Message::ProvisionHeading, "heading.provision", "Article {provision}", "Article {provision}"},

    {Message::ProvisionsCovered, "reported.provisions", "The questionnaire asks about article {provisions}.",
     "Le questionnaire porte sur l'article {provisions}."},
    {Message::ProvisionsNotApplicable, "reported.provisions-not-applicable",
     "Not applicable, given the State's other answers: {provisions}.",
     "Sans objet, compte tenu des autres réponses de l'État : {provisions}."},
    {Message::ArticleNotApplicable, "reported.article-not-applicable",
     "This article does not apply, given the State's other answers.",
     "Cet article est sans objet, compte tenu des autres réponses de l'État."},
    {Message::Answer, "reported.answer", "Answer: {answer}.", "Réponse : {answer}."},
    {Message::NoAnswer, "reported.no-answer", "No answer provided.", "Aucune réponse fournie."},
    {Message::NotApplicable, "reported.not-applicable", "Does not apply, given the State's other answers.",
     "Sans objet, compte tenu des autres réponses de l'État."},
    {Message::Malformed, "reported.malformed",
     "The answer is not in the expected form; irm validate says what is wrong.",
     "La réponse n'a pas la forme attendue ; irm validate indique ce qui ne va pas."},
    {Message::LegislationCited, "reported.legislation", "Legislation cited:", "Législation citée :"},
    {Message::WhatIsMissing, "reported.missing",
     "What is missing, as the State explains it:", "Ce qui manque, selon l'explication de l'État :"},
    {Message::TaNone, "ta.none", "The State reports no need for technical assistance on this article.",
     "L'État n'indique aucun besoin d'assistance technique pour cet article."},
    {Message::TaStated, "ta.stated",
     "The State reports these needs:", "L'État fait état des besoins suivants :"},
    {Message::TaUnanswered, "ta.unanswered",
     "The State has not said whether it needs technical assistance on this article.",
     "L'État n'a pas indiqué s'il a besoin d'une assistance technique pour cet article."},
    {Message::TaFromNotes, "ta.notes",
     "Identified by the reviewing States:", "Relevés par les États examinateurs :"},
    {Message::TaNotDescribed, "ta.not-described",
     "The State reports a need for technical assistance on this article but does not describe it.",
     "L'État fait état d'un besoin d'assistance technique pour cet article mais ne le décrit pas."},
    {Message::TaNeed, "ta.need", "{category} (priority: {priority}): {description}",
     "{category} (priorité : {priority}) : {description}"},
    {Message::TaNeedNoPriority, "ta.need-no-priority", "{category}: {description}",
     "{category} : {description}"},
    {Message::PriorityHigh, "priority.high", "high", "haute"},
    {Message::PriorityMedium, "priority.medium", "medium", "moyenne"},
    {Message::PriorityLow, "priority.low", "low", "basse"},

    {Message::ToBeCompleted, "placeholder.to-complete", "To be completed by the reviewing States.",
     "À compléter par les États examinateurs."},
    {Message::NoPoints, "placeholder.no-points", "No point drawn from the answers.",
     "Aucun point tiré des réponses."},
    {Message::NothingYet, "placeholder.nothing", "None so far.", "Aucun pour l'instant."},

    {Message::ReviewersComment, "notes.comment", "Reviewing States:", "États examinateurs :"},
    {Message::SummaryArticle, "summary.article", "Article {article}:", "Article {article} :"},
    {Message::SummarySuggestion, "summary.suggestion", "Suggestion:", "Suggestion :"},

    {Message::RuleNoAnswer, "rule.no-answer", "No answer was given on article {provisions}.",
     "Aucune réponse n'a été donnée sur l'article {provisions}."},
    {Message::RuleAnsweredNo, "rule.answered-no",
     "The State reports that its law does not give effect to article {provision}.",
     "L'État indique que son droit ne donne pas effet à l'article {provision}."},
    {Message::RuleNoWithoutExplanation, "rule.no-without-explanation",
     "The State answered No on article {provision} without explaining what is missing.",
     "L'État a répondu Non pour l'article {provision} sans expliquer ce qui manque."},
    {Message::RuleAnsweredInPart, "rule.answered-in-part",
     "The State reports that its law gives effect to article {provision} only in part.",
     "L'État indique que son droit ne donne effet qu'en partie à l'article {provision}."},
    {Message::RuleInPartWithoutExplanation, "rule.in-part-without-explanation",
     "The State answered Yes, in part on article {provision} without explaining what is missing.",
     "L'État a répondu Oui, en partie pour l'article {provision} sans expliquer ce qui manque."},
    {Message::RuleYesWithoutLegislation, "rule.yes-without-legislation",
     "The State reports that effect is given to article {provision} but cites no legislation.",
     "L'État indique qu'il est donné effet à l'article {provision} mais ne cite aucune législation."},
    {Message::RuleCitationWithoutLink, "rule.citation-without-link",
     "Legislation cited for article {provision} without a link to its text: {titles}.",
     "Législation citée pour l'article {provision} sans lien vers son texte : {titles}."},
    {Message::RuleNoExamples, "rule.no-examples",
     "No examples of implementation are given for article {article}.",
     "Aucun exemple de mise en œuvre n'est donné pour l'article {article}."},
    {Message::RuleNoStatistics, "rule.no-statistics", "No statistics are given in answer to {question}.",
     "Aucune statistique n'est fournie en réponse à {question}."},
    {Message::RuleStatisticsColumnEmpty, "rule.statistics-column-empty",
     "The statistics for article {article} give no figures for: {columns}.",
     "Les statistiques de l'article {article} ne donnent aucun chiffre pour : {columns}."},
    {Message::RuleUnansweredRequired, "rule.unanswered-required",
     "No answer was given to a required question: {question}.",
     "Aucune réponse n'a été donnée à une question obligatoire : {question}."},
    {Message::RuleWarning, "rule.warning", "Answer to check: {message}", "Réponse à vérifier : {message}"},
    {Message::RuleWarningRow, "rule.warning-row", "Row {row} of the table to check: {message}",
     "Ligne {row} du tableau à vérifier : {message}"},
    {Message::RuleAnswerNotApplicable, "rule.answer-not-applicable",
     "An answer was given to a question that does not apply, given the State's other answers: {question}.",
     "Une réponse a été donnée à une question sans objet, compte tenu des autres réponses de l'État : "
     "{question}."},
    {Message::RuleWaivedWarning, "rule.waived-warning",
     "The State set aside a check on this answer ({check}), explaining: {justification}.",
     "L'État a écarté un contrôle sur cette réponse ({check}), en expliquant : {justification}."},
    {Message::CheckBrokenRule, "check.rule", "the answer does not meet the rule {rule}",
     "la réponse ne respecte pas la règle {rule}"},
    {Message::CheckRow, "check.row", "row {row}: {message}", "ligne {row} : {message}"},
    {Message::CheckNotApplicable, "check.not-applicable",
     "the question does not apply, given the other answers",
     "la question est sans objet, compte tenu des autres réponses"},
    {Message::RuleImplementedWithLegislation, "rule.implemented-with-legislation",
     "The State reports that its law gives full effect to article {provisions}, and cites the legislation.",
     "L'État indique que son droit donne plein effet à l'article {provisions}, et cite la législation."},
};

const Entry& entry(Message id) {
    // The catalogue is in enum order; the lookup checks it rather than trusting it.
    const auto index = static_cast<std::size_t>(id);
    if (index < std::size(catalogue) && catalogue[index].id == id) return catalogue[index];
    for (const Entry& e : catalogue)
        if (e.id == id) return e;
    return catalogue[0];
}

}  // namespace

const std::vector<Message>& all_messages() {
    static const std::vector<Message> all = [] {
        std::vector<Message> out;
        for (const Entry& e : catalogue)
            out.push_back(e.id);
        return out;
    }();
    return all;
}

const std::vector<std::string>& draft_languages() {
    static const std::vector<std::string> languages{"en", "fr"};
    return languages;
}

std::string_view message_key(Message id) {
    return entry(id).key;
}

std::string_view message(Message id, std::string_view language) {
    const Entry& e = entry(id);
    return language == "fr" ? e.fr : e.en;
}

std::string message(Message id, std::string_view language,
                    const std::vector<std::pair<std::string_view, std::string>>& values) {
    const std::string_view pattern = message(id, language);
    std::string out;
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const std::size_t end = pattern.find('}', i);
            if (end != std::string_view::npos) {
                const std::string_view name = pattern.substr(i + 1, end - i - 1);
                bool filled = false;
                for (const auto& [key, value] : values)
                    if (key == name) {
                        out += value;
                        filled = true;
                        break;
                    }
                if (filled) {
                    i = end + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

std::string join_in_prose(const std::vector<std::string>& items, std::string_view language) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += i + 1 == items.size() ? (language == "fr" ? " et " : " and ") : ", ";
        out += items[i];
    }
    return out;
}

std::string quoted_in(std::string_view text, std::string_view language) {
    if (language == "fr") return "« " + std::string(text) + " »";
    return "“" + std::string(text) + "”";
}

}  // namespace irm
