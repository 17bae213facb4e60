// French and Spanish are complete: every message the code has (clikc_en.ts is regenerated from
// the sources by lupdate) is in each catalogue, finished, non-empty, with the same placeholders,
// all plural forms, and one accelerator where the source has one.

#include <QDomDocument>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    bool obsolete = false;
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QDomDocument doc;
    const auto parsed = doc.setContent(&file);
    if (!parsed) {
        *error = u"not well-formed XML"_s;
        return messages;
    }
    const QDomNodeList contexts = doc.elementsByTagName(u"context"_s);
    for (int c = 0; c < contexts.size(); ++c) {
        const QDomElement context = contexts.at(c).toElement();
        const QString name = context.firstChildElement(u"name"_s).text();
        for (QDomElement m = context.firstChildElement(u"message"_s); !m.isNull();
             m = m.nextSiblingElement(u"message"_s)) {
            Message message;
            message.context = name;
            message.source = m.firstChildElement(u"source"_s).text();
            message.numerus = m.attribute(u"numerus"_s) == u"yes"_s;
            const QDomElement translation = m.firstChildElement(u"translation"_s);
            const QString type = translation.attribute(u"type"_s);
            message.unfinished = type == u"unfinished"_s;
            message.obsolete = type == u"obsolete"_s || type == u"vanished"_s;
            if (message.numerus) {
                for (QDomElement f = translation.firstChildElement(u"numerusform"_s); !f.isNull();
                     f = f.nextSiblingElement(u"numerusform"_s)) {
                    message.translations.append(f.text());
                }
            } else {
                message.translations.append(translation.text());
            }
            messages.append(message);
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(u"%(L?\\d+|n)"_s);
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0).remove(u'L'));
    return found;
}

int accelerators(const QString &text)
{
    static const QRegularExpression re(u"&(?!&)[^\\s&;]"_s);
    int count = 0;
    auto it = re.globalMatch(QString(text).replace(u"&&"_s, u""_s));
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QString ts(const QString &language)
{
    return QStringLiteral(CLIKC_SOURCE_DIR "/translations/clikc_") + language + u".ts"_s;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("fr") << u"fr"_s << 2;
        QTest::newRow("es") << u"es"_s << 2;
    }

    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        // The reference is what lupdate finds in the sources right now (ctest's i18n/reference
        // step), so a new tr() that nobody translated fails here even if the .ts files were
        // not regenerated.
        const QString referencePath = qEnvironmentVariable("CLIKC_TS_REFERENCE", ts(u"en"_s));
        const QList<Message> reference = readTs(referencePath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(reference.size() > 100);
        const QList<Message> messages = readTs(ts(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QHash<QString, Message> byKey;
        for (const Message &m : messages)
            byKey.insert(m.context + u'\x1f' + m.source, m);

        QStringList problems;
        for (const Message &ref : reference) {
            if (ref.obsolete)
                continue;
            const QString where = ref.context + u": \""_s + ref.source.left(60) + u'"';
            const auto it = byKey.constFind(ref.context + u'\x1f' + ref.source);
            if (it == byKey.cend()) {
                problems.append(u"missing "_s + where);
                continue;
            }
            const Message &m = *it;
            if (m.unfinished)
                problems.append(u"unfinished "_s + where);
            if (m.numerus && m.translations.size() != pluralForms)
                problems.append(u"wrong number of plural forms "_s + where);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems.append(u"empty "_s + where);
                    continue;
                }
                QSet<QString> expected = placeholders(m.source);
                QSet<QString> actual = placeholders(t);
                if (m.numerus) { // a singular form may spell out "one" instead of %n
                    expected.remove(u"%n"_s);
                    actual.remove(u"%n"_s);
                }
                if (expected != actual)
                    problems.append(u"placeholders differ "_s + where + u" → "_s + t);
                if (accelerators(m.source) != accelerators(t))
                    problems.append(u"accelerator "_s + where + u" → "_s + t);
            }
        }
        for (const Message &m : messages) {
            if (!m.obsolete && m.unfinished && !problems.contains(u"unfinished "_s + m.context))
                problems.append(u"unfinished (not in the reference) "_s + m.context + u": "_s
                                + m.source);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // English needs its plural forms ("1 course", "2 courses").
    void englishPluralsFilled()
    {
        QString error;
        const QList<Message> messages = readTs(ts(u"en"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const Message &m : messages) {
            if (!m.numerus || m.obsolete)
                continue;
            QVERIFY2(!m.unfinished && m.translations.size() == 2
                         && !m.translations.contains(QString()),
                     qPrintable(m.source));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
