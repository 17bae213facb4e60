#include "scormmanifest.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace clikc {
namespace {

constexpr int kMaxDepth = 256;
constexpr int kMaxNodes = 500'000;

// The vocabularies a manifest mixes. Packages spell the namespace URIs in many ways (and
// versions), so they are recognised by family.
enum class Ns { None, Cp, Adlcp, Imsss, Adlseq, Adlnav, Xml, Other };

constexpr QStringView kXmlNamespace = u"http://www.w3.org/XML/1998/namespace";

Ns familyOfUri(const QString &uri, const QString &rootUri)
{
    if (uri.isEmpty())
        return Ns::None;
    if (uri == kXmlNamespace)
        return Ns::Xml;
    if (uri.contains(u"adlcp", Qt::CaseInsensitive))
        return Ns::Adlcp;
    if (uri.contains(u"adlseq", Qt::CaseInsensitive))
        return Ns::Adlseq;
    if (uri.contains(u"adlnav", Qt::CaseInsensitive))
        return Ns::Adlnav;
    if (uri.contains(u"imsss", Qt::CaseInsensitive))
        return Ns::Imsss;
    // Whatever namespace the root <manifest> is in is the content-packaging one.
    if (uri == rootUri || uri.contains(u"imscp", Qt::CaseInsensitive))
        return Ns::Cp;
    return Ns::Other;
}

// Without namespace processing (a prefix used but never declared), the prefix is all there is.
Ns familyOfPrefix(QStringView prefix)
{
    if (prefix.isEmpty())
        return Ns::None;
    if (prefix == u"xml")
        return Ns::Xml;
    for (const auto &[name, ns] : {std::pair{u"adlcp", Ns::Adlcp}, std::pair{u"adlseq", Ns::Adlseq},
                                   std::pair{u"adlnav", Ns::Adlnav}, std::pair{u"imsss", Ns::Imsss},
                                   std::pair{u"imscp", Ns::Cp}}) {
        if (prefix.compare(name, Qt::CaseInsensitive) == 0)
            return ns;
    }
    return Ns::Other;
}

// 2: in the namespace asked for; 1: a tolerated stand-in (no namespace, or an unknown one);
// 0: another vocabulary's. xml:base must be exactly that.
int matchStrength(Ns wanted, Ns actual)
{
    if (actual == wanted)
        return 2;
    if (wanted == Ns::Xml || actual == Ns::Xml)
        return 0;
    if (actual == Ns::None || actual == Ns::Other || (wanted == Ns::None && actual == Ns::Cp))
        return 1;
    return 0;
}

struct Attribute
{
    Ns ns = Ns::None;
    QString name;
    QString value;
};

// A small element tree: manifests are a few hundred kilobytes at most and are read in an
// order (resources after the items that use them) that a single streaming pass cannot follow.
struct Node
{
    Ns ns = Ns::None;
    QString name;
    QList<Attribute> attributes;
    QString text;
    std::vector<Node> children;

    bool is(Ns wanted, QStringView local, Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        return matchStrength(wanted, ns) > 0 && name.compare(local, cs) == 0;
    }

    // The best-matching child: in the right namespace if there is one, else a stand-in.
    const Node *child(Ns wanted, QStringView local,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        const Node *best = nullptr;
        for (const Node &node : children) {
            if (node.name.compare(local, cs) != 0)
                continue;
            const int strength = matchStrength(wanted, node.ns);
            if (strength == 2)
                return &node;
            if (strength == 1 && !best)
                best = &node;
        }
        return best;
    }

    std::vector<const Node *> all(Ns wanted, QStringView local) const
    {
        std::vector<const Node *> found;
        for (const Node &node : children) {
            if (node.is(wanted, local))
                found.push_back(&node);
        }
        return found;
    }

    // Null when absent (empty when present but empty).
    QString attribute(Ns wanted, QStringView local,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        const Attribute *best = nullptr;
        for (const Attribute &attribute : attributes) {
            if (attribute.name.compare(local, cs) != 0)
                continue;
            const int strength = matchStrength(wanted, attribute.ns);
            if (strength == 2)
                return attribute.value;
            if (strength == 1 && !best)
                best = &attribute;
        }
        return best ? best->value : QString();
    }

    QString childText(Ns wanted, QStringView local,
                      Qt::CaseSensitivity cs = Qt::CaseSensitive) const
    {
        const Node *node = child(wanted, local, cs);
        return node ? node->text.trimmed() : QString();
    }
};

struct Tree
{
    Node root;
    QSet<QString> namespaceUris;
};

std::pair<QStringView, QStringView> splitQualified(QStringView qualified)
{
    const qsizetype colon = qualified.indexOf(u':');
    if (colon < 0)
        return {{}, qualified};
    return {qualified.left(colon), qualified.mid(colon + 1)};
}

ScormManifestError buildTree(const QByteArray &xml, bool namespaces, Tree *tree)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(namespaces);
    std::vector<Node *> open;
    QString rootUri;
    int count = 0;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++count > kMaxNodes || int(open.size()) >= kMaxDepth) {
                return {
                    ScormManifestError::Code::TooLarge,
                    {},
                    u"line %1: too many or too deeply nested elements"_s.arg(reader.lineNumber())};
            }
            Node node;
            if (namespaces) {
                if (!sawRoot)
                    rootUri = reader.namespaceUri().toString();
                node.name = reader.name().toString();
                node.ns = familyOfUri(reader.namespaceUri().toString(), rootUri);
                tree->namespaceUris.insert(reader.namespaceUri().toString());
                const QXmlStreamNamespaceDeclarations declarations = reader.namespaceDeclarations();
                for (const QXmlStreamNamespaceDeclaration &declaration : declarations)
                    tree->namespaceUris.insert(declaration.namespaceUri().toString());
            } else {
                const auto [prefix, local] = splitQualified(reader.qualifiedName());
                node.name = local.toString();
                node.ns = prefix.isEmpty() ? Ns::None : familyOfPrefix(prefix);
            }
            const QXmlStreamAttributes attributes = reader.attributes();
            for (const QXmlStreamAttribute &attribute : attributes) {
                Attribute a;
                a.value = attribute.value().toString();
                if (namespaces) {
                    a.name = attribute.name().toString();
                    a.ns = familyOfUri(attribute.namespaceUri().toString(), rootUri);
                    // Unprefixed attributes have no namespace: only prefixed ones are told apart.
                    if (!attribute.namespaceUri().isEmpty())
                        tree->namespaceUris.insert(attribute.namespaceUri().toString());
                } else {
                    const auto [prefix, local] = splitQualified(attribute.qualifiedName());
                    if (prefix == u"xmlns" || (prefix.isEmpty() && local == u"xmlns")) {
                        tree->namespaceUris.insert(a.value);
                        continue;
                    }
                    a.name = local.toString();
                    a.ns = familyOfPrefix(prefix);
                }
                node.attributes.append(a);
            }
            if (!sawRoot) {
                sawRoot = true;
                tree->root = std::move(node);
                open.push_back(&tree->root);
            } else {
                // Only the innermost open element grows, so the pointers to its ancestors
                // held in `open` stay valid.
                open.back()->children.push_back(std::move(node));
                open.push_back(&open.back()->children.back());
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty())
                open.back()->text += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        return {ScormManifestError::Code::NotXml,
                {},
                u"line %1, column %2: %3"_s.arg(reader.lineNumber())
                    .arg(reader.columnNumber())
                    .arg(reader.errorString())};
    }
    if (!sawRoot)
        return {ScormManifestError::Code::NotXml, {}, u"no element"_s};
    return {};
}

std::optional<double> toNumber(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

bool isTrue(const QString &text)
{
    const QString value = text.trimmed();
    return value.compare(u"true", Qt::CaseInsensitive) == 0 || value == u"1";
}

bool isFalse(const QString &text)
{
    const QString value = text.trimmed();
    return value.compare(u"false", Qt::CaseInsensitive) == 0 || value == u"0";
}

struct ResolvedHref
{
    QString path;
    QString url; // without the item's parameters
};

// Joins the xml:base values and an href into a path inside the package. Each xml:base is taken
// as a folder ("content" and "content/" alike) and they are concatenated, as the SCORM CAM
// describes; ".." is allowed only while it stays inside the package.
ScormManifestError resolveHref(const QStringList &bases, const QString &href, ResolvedHref *out)
{
    static const QRegularExpression scheme(u"^([A-Za-z][A-Za-z0-9+.-]*):"_s);
    QString raw;
    for (const QString &base : bases) {
        const QString piece = base.trimmed();
        if (piece.isEmpty())
            continue;
        raw += piece;
        if (!piece.endsWith(u'/') && !piece.endsWith(u'\\'))
            raw += u'/';
    }
    QString target = href.trimmed();
    raw += target;

    for (const QString &piece : bases + QStringList{target}) {
        const QString trimmed = piece.trimmed();
        if (const auto match = scheme.match(trimmed); match.hasMatch()) {
            const QString name = match.captured(1).toLower();
            // One letter is a Windows drive ("C:\…"), not a URL scheme.
            const bool web = name == u"http" || name == u"https" || name == u"ftp";
            return {web ? ScormManifestError::Code::ExternalHref
                        : ScormManifestError::Code::UnsafeHref,
                    raw,
                    {}};
        }
        if (trimmed.startsWith(u'/') || trimmed.startsWith(u'\\'))
            return {ScormManifestError::Code::UnsafeHref, raw, {}};
    }

    QString fragment;
    QString query;
    if (const qsizetype hash = target.indexOf(u'#'); hash >= 0) {
        fragment = target.mid(hash);
        target.truncate(hash);
    }
    if (const qsizetype question = target.indexOf(u'?'); question >= 0) {
        query = target.mid(question);
        target.truncate(question);
    }
    QString joined;
    for (const QString &base : bases) {
        const QString piece = base.trimmed();
        if (piece.isEmpty())
            continue;
        joined += piece + u'/';
    }
    joined += target;
    // Percent-decode before judging, so "%2e%2e/" is seen for the ".." it is.
    QString decoded = QUrl::fromPercentEncoding(joined.toUtf8());
    decoded.replace(u'\\', u'/');
    QStringList segments;
    for (const QStringView segment : QStringView(decoded).split(u'/')) {
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            if (segments.isEmpty())
                return {ScormManifestError::Code::UnsafeHref, raw, {}};
            segments.removeLast();
            continue;
        }
        segments.append(segment.toString());
    }
    if (segments.isEmpty())
        return {ScormManifestError::Code::MissingResource, raw, u"no file named"_s};
    out->path = segments.join(u'/');
    out->url = QString::fromLatin1(QUrl::toPercentEncoding(out->path, "/")) + query + fragment;
    return {};
}

// Turns the element tree into the manifest, for one organization.
class Interpreter
{
public:
    explicit Interpreter(const Node &root)
    {
        m_manifestBase = root.attribute(Ns::Xml, u"base");
        if (const Node *resources = root.child(Ns::Cp, u"resources")) {
            m_resourcesBase = resources->attribute(Ns::Xml, u"base");
            for (const Node *resource : resources->all(Ns::Cp, u"resource")) {
                const QString id = resource->attribute(Ns::None, u"identifier");
                if (!id.isEmpty() && !m_resources.contains(id)) {
                    m_resources.insert(id, resource);
                    m_resourceOrder.append(id);
                }
            }
        }
        for (const Node *sub : root.all(Ns::Cp, u"manifest"))
            m_subManifests.insert(sub->attribute(Ns::None, u"identifier"));
        if (const Node *collection = root.child(Ns::Imsss, u"sequencingCollection")) {
            for (const Node *sequencing : collection->all(Ns::Imsss, u"sequencing")) {
                const QString id = sequencing->attribute(Ns::None, u"ID");
                if (!id.isEmpty())
                    m_sequencings.insert(id, sequencing);
            }
        }
    }

    bool sawFourthEdition() const { return m_sawFourthEdition; }

    // The organization's imsss:controlMode choice (inline, or by IDRef): false makes the package
    // flow-only, taken in order.
    bool choiceAllowed(const Node &organization) const
    {
        const Node *sequencing = organization.child(Ns::Imsss, u"sequencing");
        if (!sequencing)
            return true;
        QString choice;
        if (const Node *shared = m_sequencings.value(sequencing->attribute(Ns::None, u"IDRef"))) {
            if (const Node *mode = shared->child(Ns::Imsss, u"controlMode"))
                choice = mode->attribute(Ns::None, u"choice");
        }
        if (const Node *mode = sequencing->child(Ns::Imsss, u"controlMode")) {
            if (const QString own = mode->attribute(Ns::None, u"choice"); !own.isNull())
                choice = own;
        }
        return !isFalse(choice);
    }

    // The organization's items; *launchable tells whether any of them opens something.
    QList<ScormItem> items(const Node &organization, bool *launchable, ScormManifestError *error)
    {
        QList<ScormItem> items;
        *launchable = false;
        for (const Node *node : organization.all(Ns::Cp, u"item")) {
            items.append(item(*node, launchable, error));
            if (error->isError())
                return {};
        }
        return items;
    }

    // A package without any <organization>: as Moodle does, every resource that names a file
    // becomes a top-level item, in document order, titled by its identifier.
    QList<ScormItem> itemsFromResources(bool *launchable, ScormManifestError *error) const
    {
        QList<ScormItem> items;
        *launchable = false;
        for (const QString &id : m_resourceOrder) {
            const Node *resource = m_resources.value(id);
            if (resource->attribute(Ns::None, u"href").trimmed().isEmpty())
                continue;
            ScormItem item;
            item.identifier = id;
            item.title = id;
            item.identifierRef = id;
            *error = launch(*resource, &item);
            if (error->isError())
                return {};
            items.append(item);
            *launchable = true;
        }
        return items;
    }

private:
    ScormItem item(const Node &node, bool *launchable, ScormManifestError *error)
    {
        ScormItem item;
        item.identifier = node.attribute(Ns::None, u"identifier");
        item.title = node.childText(Ns::Cp, u"title").simplified();
        item.identifierRef = node.attribute(Ns::None, u"identifierref").trimmed();
        item.isVisible = !isFalse(node.attribute(Ns::None, u"isvisible", Qt::CaseInsensitive));
        item.parameters = node.attribute(Ns::None, u"parameters");

        readAdlcp(node, &item);
        if (const Node *sequencing = node.child(Ns::Imsss, u"sequencing")) {
            const QString ref = sequencing->attribute(Ns::None, u"IDRef");
            if (const Node *shared = m_sequencings.value(ref))
                readSequencing(*shared, &item);
            readSequencing(*sequencing, &item);
        }

        if (!item.identifierRef.isEmpty() && !m_subManifests.contains(item.identifierRef)) {
            const Node *resource = m_resources.value(item.identifierRef);
            if (!resource) {
                *error = {ScormManifestError::Code::MissingResource, item.identifierRef,
                          u"item %1"_s.arg(item.identifier)};
                return {};
            }
            *error = launch(*resource, &item);
            if (error->isError())
                return {};
            *launchable = true;
        }

        for (const Node *child : node.all(Ns::Cp, u"item")) {
            item.children.append(this->item(*child, launchable, error));
            if (error->isError())
                return {};
        }
        return item;
    }

    // The adlcp children of an <item>: 1.2 spells them in lower case, 2004 in camel case.
    void readAdlcp(const Node &node, ScormItem *item)
    {
        constexpr auto cs = Qt::CaseInsensitive;
        item->masteryScore = toNumber(node.childText(Ns::Adlcp, u"masteryscore", cs));
        item->maxTimeAllowed = node.childText(Ns::Adlcp, u"maxtimeallowed", cs);
        item->timeLimitAction = node.childText(Ns::Adlcp, u"timelimitaction", cs);
        item->dataFromLms = node.childText(Ns::Adlcp, u"datafromlms", cs);
        // Moodle keeps only the prerequisites written in the one language SCORM 1.2 defines.
        if (const Node *prerequisites = node.child(Ns::Adlcp, u"prerequisites", cs)) {
            if (prerequisites->attribute(Ns::None, u"type")
                    .trimmed()
                    .compare(u"aicc_script", Qt::CaseInsensitive)
                == 0)
                item->prerequisites = prerequisites->text.trimmed();
        }
        // 4th edition shared data stores (adl.data): readSharedData and writeSharedData default
        // to true.
        if (const Node *data = node.child(Ns::Adlcp, u"data", cs)) {
            for (const Node &map : data->children) {
                if (!map.is(Ns::Adlcp, u"map", cs))
                    continue;
                ScormSharedData shared;
                shared.targetId = map.attribute(Ns::None, u"targetID").trimmed();
                shared.read = !isFalse(map.attribute(Ns::None, u"readSharedData"));
                shared.write = !isFalse(map.attribute(Ns::None, u"writeSharedData"));
                if (!shared.targetId.isEmpty()
                    && std::none_of(item->sharedData.cbegin(), item->sharedData.cend(),
                                    [&](const ScormSharedData &other) {
                                        return other.targetId == shared.targetId;
                                    }))
                    item->sharedData.append(shared);
            }
        }
        if (const Node *threshold = node.child(Ns::Adlcp, u"completionThreshold", cs)) {
            const QString byMeasure = threshold->attribute(Ns::None, u"completedByMeasure");
            const QString minimum = threshold->attribute(Ns::None, u"minProgressMeasure");
            if (!byMeasure.isNull() || !minimum.isNull()) {
                // 4th edition: attributes; the threshold only counts when completedByMeasure.
                m_sawFourthEdition = true;
                if (isTrue(byMeasure))
                    item->completionThreshold = minimum.isNull() ? 1.0 : toNumber(minimum);
            } else {
                item->completionThreshold = toNumber(threshold->text);
            }
        }
    }

    // Only what a player without a sequencing engine can use: the passing score and the
    // attempt's time limit. Elements given here replace those of a shared (IDRef) sequencing.
    static void readSequencing(const Node &sequencing, ScormItem *item)
    {
        if (const Node *objectives = sequencing.child(Ns::Imsss, u"objectives")) {
            item->scaledPassingScore.reset();
            item->objectiveIds.clear();
            for (const auto &child : objectives->children) {
                if (!child.is(Ns::Imsss, u"primaryObjective") && !child.is(Ns::Imsss, u"objective"))
                    continue;
                const QString id = child.attribute(Ns::None, u"objectiveID").trimmed();
                if (!id.isEmpty() && !item->objectiveIds.contains(id))
                    item->objectiveIds.append(id);
            }
            const Node *primary = objectives->child(Ns::Imsss, u"primaryObjective");
            if (primary && isTrue(primary->attribute(Ns::None, u"satisfiedByMeasure"))) {
                const Node *measure = primary->child(Ns::Imsss, u"minNormalizedMeasure");
                // IMS SS: minNormalizedMeasure defaults to 1.0.
                item->scaledPassingScore = measure ? toNumber(measure->text) : 1.0;
            }
        }
        if (const Node *limits = sequencing.child(Ns::Imsss, u"limitConditions")) {
            const QString duration = limits->attribute(Ns::None, u"attemptAbsoluteDurationLimit");
            if (!duration.isEmpty())
                item->maxTimeAllowed = duration.trimmed();
        }
    }

    ScormManifestError launch(const Node &resource, ScormItem *item) const
    {
        item->resourceId = item->identifierRef;
        const QString type = resource.attribute(Ns::Adlcp, u"scormtype", Qt::CaseInsensitive);
        item->scormType = type.trimmed().compare(u"sco", Qt::CaseInsensitive) == 0
                              ? ScormType::Sco
                              : ScormType::Asset;
        const QString href = resource.attribute(Ns::None, u"href");
        if (href.trimmed().isEmpty()) {
            return {ScormManifestError::Code::MissingResource, item->identifierRef,
                    u"resource without href"_s};
        }
        ResolvedHref resolved;
        if (auto error = resolveHref(bases(resource), href, &resolved); error.isError())
            return error;
        item->href = resolved.path;
        item->launchUrl = ScormManifest::appendParameters(resolved.url, item->parameters);

        QSet<const Node *> seen;
        std::function<void(const Node &)> addFiles = [&](const Node &from) {
            if (seen.contains(&from))
                return;
            seen.insert(&from);
            for (const Node *file : from.all(Ns::Cp, u"file")) {
                ResolvedHref path;
                if (!resolveHref(bases(from), file->attribute(Ns::None, u"href"), &path).isError()
                    && !item->files.contains(path.path)) {
                    item->files.append(path.path);
                }
            }
            for (const Node *dependency : from.all(Ns::Cp, u"dependency")) {
                if (const Node *next
                    = m_resources.value(dependency->attribute(Ns::None, u"identifierref"))) {
                    addFiles(*next);
                }
            }
        };
        addFiles(resource);
        return {};
    }

    QStringList bases(const Node &resource) const
    {
        return {m_manifestBase, m_resourcesBase, resource.attribute(Ns::Xml, u"base")};
    }

    QString m_manifestBase;
    QString m_resourcesBase;
    QHash<QString, const Node *> m_resources;
    QStringList m_resourceOrder; // the resources' identifiers, in document order
    QHash<QString, const Node *> m_sequencings;
    QSet<QString> m_subManifests;
    bool m_sawFourthEdition = false;
};

// From <schemaversion>: "1.2", "CAM 1.3", "2004 3rd Edition", "2004 4th Edition".
bool versionFromSchema(const QString &schemaVersion, ScormManifest *manifest)
{
    const QString text = schemaVersion.simplified().toLower();
    if (text.isEmpty())
        return false;
    if (text == u"1.2" || text == u"scorm 1.2") {
        manifest->version = ScormVersion::Scorm12;
        manifest->edition = 0;
        return true;
    }
    if (text.contains(u"1.3")) {
        manifest->version = ScormVersion::Scorm2004;
        manifest->edition = 2;
        return true;
    }
    if (text.contains(u"2004")) {
        manifest->version = ScormVersion::Scorm2004;
        manifest->edition = text.contains(u"4th") ? 4 : text.contains(u"2nd") ? 2 : 3;
        return true;
    }
    return false;
}

void versionFromNamespaces(const QSet<QString> &uris, bool fourthEdition, ScormManifest *manifest)
{
    bool v12 = false;
    bool v2004 = false;
    for (const QString &uri : uris) {
        if (uri.contains(u"adlcp_rootv1p2", Qt::CaseInsensitive))
            v12 = true;
        else if (uri.contains(u"v1p3", Qt::CaseInsensitive) || uri.contains(u"imsss"))
            v2004 = true;
    }
    if (v2004 && !v12) {
        manifest->version = ScormVersion::Scorm2004;
        manifest->edition = fourthEdition ? 4 : 3;
    } else {
        // SCORM 1.2, or a plain IMS content package, which plays the same way.
        manifest->version = ScormVersion::Scorm12;
        manifest->edition = 0;
    }
}

void collectLaunchable(const QList<ScormItem> &items, QList<ScormItem> *out)
{
    for (const ScormItem &item : items) {
        if (item.isLaunchable()) {
            ScormItem copy = item;
            copy.children.clear();
            out->append(copy);
        }
        collectLaunchable(item.children, out);
    }
}

const ScormItem *findItem(const QList<ScormItem> &items, const QString &identifier)
{
    for (const ScormItem &item : items) {
        if (item.identifier == identifier)
            return &item;
        if (const ScormItem *found = findItem(item.children, identifier))
            return found;
    }
    return nullptr;
}

} // namespace

QString ScormManifestError::message() const
{
    switch (code) {
    case Code::None:
        return {};
    case Code::Unreadable:
        return tr("The lesson's description (imsmanifest.xml) cannot be read.");
    case Code::TooLarge:
        return tr("The lesson's description (imsmanifest.xml) is too large or too complex to "
                  "be read.");
    case Code::NotXml:
        return tr("The lesson's description (imsmanifest.xml) is damaged and cannot be read.");
    case Code::NotAManifest:
        return tr("This is not a SCORM lesson: its imsmanifest.xml does not describe a "
                  "package.");
    case Code::NoLaunchableItem:
        return tr("This lesson has nothing to open: its description lists no page or activity.");
    case Code::MissingResource:
        return tr("The lesson's description refers to content that is not in the package "
                  "(“%1”).")
            .arg(subject);
    case Code::ExternalHref:
        return tr("This lesson opens a page on the internet (“%1”), which cannot work offline.")
            .arg(subject);
    case Code::UnsafeHref:
        return tr("This lesson package is unsafe: it refers to a file outside the package "
                  "(“%1”).")
            .arg(subject);
    }
    return {};
}

QList<ScormItem> ScormManifest::launchableItems() const
{
    QList<ScormItem> launchable;
    collectLaunchable(items, &launchable);
    return launchable;
}

const ScormItem *ScormManifest::item(const QString &itemIdentifier) const
{
    return findItem(items, itemIdentifier);
}

QString ScormManifest::appendParameters(const QString &url, const QString &parameters)
{
    QString parameter = parameters.trimmed();
    while (parameter.startsWith(u'?') || parameter.startsWith(u'&'))
        parameter.remove(0, 1);
    if (parameter.isEmpty())
        return url;
    const qsizetype hash = url.indexOf(u'#');
    if (parameter.startsWith(u'#'))
        return hash >= 0 ? url : url + parameter;
    QString head = hash >= 0 ? url.left(hash) : url;
    const QString fragment = hash >= 0 ? url.mid(hash) : QString();
    if (!head.contains(u'?'))
        head += u'?';
    else if (!head.endsWith(u'?') && !head.endsWith(u'&'))
        head += u'&';
    return head + parameter + fragment;
}

ScormManifest ScormManifest::read(const QString &path, ScormManifestError *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {ScormManifestError::Code::Unreadable, {}, file.errorString()};
        return {};
    }
    if (file.size() > kMaxBytes) {
        *error = {ScormManifestError::Code::TooLarge, {}, u"larger than %1 bytes"_s.arg(kMaxBytes)};
        return {};
    }
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes) {
        *error = {ScormManifestError::Code::TooLarge, {}, u"larger than %1 bytes"_s.arg(kMaxBytes)};
        return {};
    }
    return parse(bytes, error);
}

ScormManifest ScormManifest::parse(const QByteArray &xml, ScormManifestError *error)
{
    *error = {};
    if (xml.size() > kMaxBytes) {
        *error = {ScormManifestError::Code::TooLarge, {}, u"larger than %1 bytes"_s.arg(kMaxBytes)};
        return {};
    }
    Tree tree;
    ScormManifestError treeError = buildTree(xml, true, &tree);
    if (treeError.code == ScormManifestError::Code::NotXml) {
        // Authoring tools sometimes use a prefix ("adlcp:") they never declare; read such a
        // manifest again by prefixes alone rather than refuse it.
        Tree loose;
        if (!buildTree(xml, false, &loose).isError()) {
            tree = std::move(loose);
            treeError = {};
        }
    }
    if (treeError.isError()) {
        *error = treeError;
        return {};
    }
    const Node &root = tree.root;
    if (!root.is(Ns::Cp, u"manifest")) {
        *error = {ScormManifestError::Code::NotAManifest, root.name, u"root element"_s};
        return {};
    }

    ScormManifest manifest;
    manifest.identifier = root.attribute(Ns::None, u"identifier");
    Interpreter interpreter(root);

    std::vector<const Node *> organizations;
    const Node *defaultOrganization = nullptr;
    if (const Node *list = root.child(Ns::Cp, u"organizations")) {
        organizations = list->all(Ns::Cp, u"organization");
        const QString wanted = list->attribute(Ns::None, u"default").trimmed();
        for (const Node *organization : organizations) {
            if (!wanted.isEmpty() && organization->attribute(Ns::None, u"identifier") == wanted)
                defaultOrganization = organization;
        }
    }
    if (defaultOrganization) {
        std::erase(organizations, defaultOrganization);
        organizations.insert(organizations.begin(), defaultOrganization);
    }
    bool found = false;
    for (const Node *organization : organizations) {
        bool launchable = false;
        QList<ScormItem> items = interpreter.items(*organization, &launchable, error);
        if (error->isError())
            return {};
        if (launchable) {
            manifest.organizationId = organization->attribute(Ns::None, u"identifier");
            manifest.title = organization->childText(Ns::Cp, u"title").simplified();
            manifest.items = std::move(items);
            manifest.choiceAllowed = interpreter.choiceAllowed(*organization);
            found = true;
            break;
        }
    }
    if (!found && organizations.empty()) {
        bool launchable = false;
        QList<ScormItem> items = interpreter.itemsFromResources(&launchable, error);
        if (error->isError())
            return {};
        if (launchable) {
            manifest.items = std::move(items);
            found = true;
        }
    }
    if (!found) {
        *error = {ScormManifestError::Code::NoLaunchableItem,
                  {},
                  u"%1 organization(s)"_s.arg(organizations.size())};
        return {};
    }

    QString schemaVersion;
    if (const Node *metadata = root.child(Ns::Cp, u"metadata"))
        schemaVersion = metadata->childText(Ns::Cp, u"schemaversion", Qt::CaseInsensitive);
    if (!versionFromSchema(schemaVersion, &manifest))
        versionFromNamespaces(tree.namespaceUris, interpreter.sawFourthEdition(), &manifest);
    return manifest;
}

} // namespace clikc

namespace clikc {

std::optional<qint64> ScormManifest::durationMs(const QString &duration)
{
    const QString text = duration.trimmed();
    static const QRegularExpression timespan(u"^(\\d{2,4}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,2}))?$"_s);
    if (const auto m = timespan.match(text); m.hasMatch()) {
        if (m.captured(2).toInt() > 59 || m.captured(3).toInt() > 59)
            return std::nullopt;
        const QString fraction = QString(m.captured(4) + u"00"_s).left(2);
        return ((m.captured(1).toLongLong() * 60 + m.captured(2).toLongLong()) * 60
                + m.captured(3).toLongLong())
                   * 1000
               + fraction.toLongLong() * 10;
    }
    static const QRegularExpression iso(
        u"^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?"
        "(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d{1,2})?)S)?)?$"_s);
    const auto m = iso.match(text);
    if (!m.hasMatch() || text == u"P"_s || text.endsWith(u'T'))
        return std::nullopt;
    const double days
        = m.captured(1).toDouble() * 365 + m.captured(2).toDouble() * 30 + m.captured(3).toDouble();
    const double seconds
        = ((days * 24 + m.captured(4).toDouble()) * 60 + m.captured(5).toDouble()) * 60
          + m.captured(6).toDouble();
    return qRound64(seconds * 1000);
}

} // namespace clikc
