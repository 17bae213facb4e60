#!/usr/bin/env python3
"""Regenerates the sample course bundled with CLiKC! Desktop.

Writes resources/sample/mirror/ in the static-mirror format, version 1 (docs/MIRROR_FORMAT.md):

    catalogue.json
    courses/clikc-sample-101.json
    files/<aa>/<sha256>

Everything is made here: the two videos with gst-launch-1.0, the picture, the HTML pages and the PDF
handbooks with the Python standard library. The output is byte-for-byte reproducible on the same
GStreamer version: the only varying bytes GStreamer writes (dates and random track ids) are rewritten.

Usage:
    python3 resources/sample/make-sample.py [--out DIR] [--reuse-video]

--reuse-video keeps the videos already in the output mirror instead of encoding them again (useful
where gst-launch-1.0 or one of its plugins is missing). Without it the script falls back to that by
itself, with a warning, when it cannot encode and the old videos are there.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_OUT = HERE / "mirror"

FORMAT_NAME = "clikc-mirror"
FORMAT_VERSION = 1
CREATED_ISO = "2026-11-28T00:00:00Z"
CREATED = _dt.datetime(2026, 11, 28, tzinfo=_dt.timezone.utc)
TIME_MODIFIED = int(CREATED.timestamp())  # 1795824000, used for the course and every file

COURSE_ID = "clikc-sample-101"
SHORT_NAME = "SAMPLE101"

VIDEO_SECONDS = 8
VIDEO_W, VIDEO_H, VIDEO_FPS = 320, 180, 25
AUDIO_RATE = 48000

LANGS = ("en", "fr", "es")
NBSP = "\u00a0"  # French puts a no-break space before : ; ? ! and inside « »


def L(en: str, fr: str, es: str) -> dict:
    """A localised text: language code -> string, "en" always present."""
    return {"en": en, "fr": fr, "es": es}


# --------------------------------------------------------------------------------------------------
# Texts
# --------------------------------------------------------------------------------------------------

COURSE_TITLE = L("Welcome to CLiKC! Desktop",
                 "Bienvenue dans CLiKC! Desktop",
                 "Bienvenido a CLiKC! Desktop")
COURSE_SUMMARY = L(
    "This sample course shows how offline study works: its video, page and handbook are already on "
    "this computer, so you can open them without a connection.",
    f"Ce cours d’exemple montre comment fonctionne l’étude hors ligne{NBSP}: sa vidéo, sa page et son "
    "manuel sont déjà sur cet ordinateur, vous pouvez donc les ouvrir sans connexion.",
    "Este curso de ejemplo muestra cómo funciona el estudio sin conexión: su vídeo, su página y su "
    "manual ya están en este equipo, así que puede abrirlos aunque no tenga Internet.")

SOURCE_TITLE = L("Bundled sample", "Exemple intégré", "Ejemplo incluido")

SECTION1_TITLE = L("Getting started", "Premiers pas", "Primeros pasos")
SECTION1_SUMMARY = L("A short video and a page about studying offline.",
                     "Une courte vidéo et une page sur l’étude hors ligne.",
                     "Un vídeo corto y una página sobre el estudio sin conexión.")
SECTION2_TITLE = L("Reference", "Référence", "Referencia")
SECTION2_SUMMARY = L("A short handbook in PDF, in three languages.",
                     "Un court manuel au format PDF, en trois langues.",
                     "Un breve manual en PDF, en tres idiomas.")

VIDEO_TITLE = L("A first video", "Une première vidéo", "Un primer vídeo")
VIDEO_DESCRIPTION = L(
    "An eight-second test video with a running clock, so you can try play, pause, seeking, volume "
    "and full screen. It counts as watched once you have seen most of it.",
    "Une vidéo de test de huit secondes avec une horloge qui défile, pour essayer la lecture, la "
    "pause, le déplacement dans la vidéo, le volume et le plein écran. Elle compte comme regardée dès "
    "que vous en avez vu la plus grande partie.",
    "Un vídeo de prueba de ocho segundos con un reloj en marcha, para probar la reproducción, la "
    "pausa, el avance y retroceso, el volumen y la pantalla completa. Cuenta como visto en cuanto "
    "haya visto la mayor parte.")

PAGE_TITLE = L("How offline study works",
               "Comment fonctionne l’étude hors ligne",
               "Cómo funciona el estudio sin conexión")
PAGE_DESCRIPTION = L(
    "What happens when you download a course, study without a connection and come back online.",
    "Ce qui se passe lorsque vous téléchargez un cours, étudiez sans connexion puis retrouvez le "
    "réseau.",
    "Qué ocurre cuando descarga un curso, estudia sin conexión y vuelve a conectarse.")

PDF_TITLE = L("Customs basics: a short handbook",
              f"Notions de base sur la douane{NBSP}: un court manuel",
              "Nociones básicas de aduanas: un breve manual")
PDF_DESCRIPTION = L(
    "A four-page PDF introduction to what customs administrations do, in English, French and "
    "Spanish.",
    "Une introduction de quatre pages, au format PDF, au travail des administrations des douanes, en "
    "anglais, en français et en espagnol.",
    "Una introducción de cuatro páginas en PDF a la labor de las administraciones de aduanas, en "
    "inglés, francés y español.")

# ---- the page (index.html and its translations) ---------------------------------------------------

PAGE_TEXT = {
    "en": {
        "intro": "CLiKC! Desktop lets you keep courses on this computer and study them whenever you "
                 "like, with or without an internet connection.",
        "steps": [
            ("1. Download once",
             "When you are connected, choose a course, or only the activities you need, and "
             "download it. Each file is checked as it arrives, so nothing incomplete is ever shown as "
             "ready. If the connection drops, the download picks up where it stopped."),
            ("2. Study anywhere",
             "Videos, pages, PDF documents and SCORM packages open straight from this computer. You "
             "can study on a train, at a border post far from the network, or in a training room "
             "where many officers share one line."),
            ("3. Your progress is kept",
             "Everything you do is saved on this computer at once: the activities you completed, "
             "where you stopped in a video, your answers in SCORM lessons. A power cut or a closed "
             "laptop does not lose any of it."),
            ("4. Uploaded later",
             "The next time you are online, CLiKC! Desktop sends your progress to the CLiKC! "
             "platform by itself. Nothing is counted twice: your results on the server are exactly "
             "the ones you achieved."),
        ],
        "alt": "A border post with its barrier across an empty road",
        "caption": "Study where your work takes you, even far from the network.",
        "next": "What next? Open the handbook in the “Reference” section: it works offline too.",
        "footer": "This page is part of the sample course bundled with CLiKC! Desktop.",
    },
    "fr": {
        "intro": "CLiKC! Desktop vous permet de garder vos cours sur cet ordinateur et de les étudier "
                 "quand vous le souhaitez, avec ou sans connexion à Internet.",
        "steps": [
            ("1. Télécharger une fois",
             "Lorsque vous êtes connecté, choisissez un cours, ou seulement les activités dont vous "
             f"avez besoin, et téléchargez-le. Chaque fichier est vérifié à son arrivée{NBSP}: rien "
             "d’incomplet n’est jamais présenté comme prêt. Si la connexion tombe, le "
             "téléchargement reprend là où il s’était arrêté."),
            ("2. Étudier partout",
             "Les vidéos, les pages, les documents PDF et les paquets SCORM s’ouvrent directement "
             "depuis cet ordinateur. Vous pouvez étudier dans le train, à un poste frontière loin du "
             "réseau ou dans une salle de formation où de nombreux agents partagent une seule ligne."),
            ("3. Votre progression est conservée",
             f"Tout ce que vous faites est enregistré aussitôt sur cet ordinateur{NBSP}: les activités "
             "terminées, l’endroit où vous avez arrêté une vidéo, vos réponses dans les leçons "
             "SCORM. Une coupure de courant ou un ordinateur refermé ne vous fait rien perdre."),
            ("4. Envoyée plus tard",
             "La prochaine fois que vous serez en ligne, CLiKC! Desktop enverra de lui-même votre "
             f"progression à la plateforme en ligne. Rien n’est compté deux fois{NBSP}: vos résultats "
             "sur le serveur sont exactement ceux que vous avez obtenus."),
        ],
        "alt": "Un poste frontière dont la barrière traverse une route déserte",
        "caption": "Étudiez là où votre travail vous mène, même loin du réseau.",
        "next": f"Et ensuite{NBSP}? Ouvrez le manuel de la section «{NBSP}Référence{NBSP}»{NBSP}: il "
                "fonctionne aussi hors ligne.",
        "footer": "Cette page fait partie du cours d’exemple fourni avec CLiKC! Desktop.",
    },
    "es": {
        "intro": "CLiKC! Desktop le permite guardar los cursos en este equipo y estudiarlos cuando "
                 "quiera, con o sin conexión a Internet.",
        "steps": [
            ("1. Descargar una vez",
             "Cuando esté conectado, elija un curso, o solo las actividades que necesite, y "
             "descárguelo. Cada archivo se comprueba al llegar, de modo que nunca se muestra como "
             "listo nada incompleto. Si se corta la conexión, la descarga continúa donde se detuvo."),
            ("2. Estudiar en cualquier lugar",
             "Los vídeos, las páginas, los documentos PDF y los paquetes SCORM se abren directamente "
             "desde este equipo. Puede estudiar en el tren, en un puesto fronterizo lejos de la red o "
             "en un aula de formación donde muchos funcionarios comparten una sola línea."),
            ("3. Su progreso se conserva",
             "Todo lo que hace se guarda al instante en este equipo: las actividades completadas, el "
             "punto en que detuvo un vídeo, sus respuestas en las lecciones SCORM. Un corte de luz o "
             "un portátil cerrado no le hacen perder nada."),
            ("4. Se envía más tarde",
             "La próxima vez que esté en línea, CLiKC! Desktop enviará por sí solo su progreso a la "
             "plataforma en línea. Nada se cuenta dos veces: sus resultados en el servidor son "
             "exactamente los que obtuvo."),
        ],
        "alt": "Un puesto fronterizo con la barrera bajada sobre una carretera vacía",
        "caption": "Estudie allí donde le lleve su trabajo, incluso lejos de la red.",
        "next": "¿Y después? Abra el manual de la sección «Referencia»: también funciona sin "
                "conexión.",
        "footer": "Esta página forma parte del curso de ejemplo incluido en CLiKC! Desktop.",
    },
}

# ---- the handbook (handbook.pdf and its translations) --------------------------------------------
# A page is a list of blocks: ("h", heading), ("p", paragraph), ("term", term, definition).

HANDBOOK = {
    "en": {
        "title": "Customs basics",
        "subtitle": "A short handbook",
        "available": "Available in: English · Français · Español",
        "running": "Customs basics — a short handbook",
        "footer": "CLiKC! Desktop · SAMPLE101 · sample content",
        "page": "Page {n} of {total}",
        "pages": [
            [("h", "What customs does"),
             ("p", "Every day, goods, people and means of transport cross national borders. Customs "
                   "administrations stand at that frontier. Their work serves three broad aims: "
                   "collecting the duties and taxes that fund public services, protecting society "
                   "from dangerous or illegal goods, and helping legitimate trade move quickly and "
                   "predictably."),
             ("p", "These aims pull in different directions. Checking every consignment would stop "
                   "trade; checking none would leave a country open to smuggling and fraud. Modern "
                   "customs work is about finding the right balance, using information, risk "
                   "management and cooperation with traders and other agencies."),
             ("p", "This handbook is a short introduction, written as sample content for CLiKC! "
                   "Desktop. It simplifies a great deal and is not legal guidance: national law and "
                   "the international instruments themselves always prevail.")],
            [("h", "Declaring goods"),
             ("p", "Goods that enter or leave a customs territory are declared to customs, usually by "
                   "the importer, the exporter or a customs broker acting for them. The goods "
                   "declaration states what the goods are, how much they are worth, where they come "
                   "from and which customs procedure is requested: clearance for home use, export, "
                   "transit, temporary admission or warehousing, for example."),
             ("p", "Three elements decide how much is payable. Tariff classification places the goods "
                   "in the Harmonized System, the WCO nomenclature used by more than 200 economies, "
                   "whose six-digit codes most countries extend for their own tariffs. Customs value "
                   "is, in most cases, the transaction value: the price actually paid or payable, "
                   "with certain adjustments. Origin identifies the country where the goods were "
                   "produced, which can open the door to a preferential rate under a trade "
                   "agreement."),
             ("p", "A declaration that is accurate and complete is the fastest route through the "
                   "border. Errors in any of these three elements are the most common source of "
                   "delays, adjustments and penalties.")],
            [("h", "Managing risk"),
             ("p", "Customs cannot examine everything, so it chooses. Risk management uses "
                   "information about the goods, the trader, the route and past results to decide "
                   "which consignments are released at once, which need a document check and which "
                   "are physically examined."),
             ("p", "Much of the control now happens after release. In a post-clearance audit, "
                   "officers review a company’s records and systems to confirm that its declarations "
                   "were correct. Compliant goods can then move quickly, while customs keeps the "
                   "ability to correct mistakes and detect fraud."),
             ("p", "Trusted traders benefit most. Under the WCO SAFE Framework of Standards, "
                   "companies that meet security and compliance criteria can be recognised as "
                   "Authorized Economic Operators (AEO) and receive simpler procedures and fewer "
                   "inspections. Mutual recognition arrangements extend those benefits across "
                   "borders.")],
            [("h", "Key terms"),
             ("term", "Harmonized System (HS)",
              "The international nomenclature for classifying goods, maintained by the WCO."),
             ("term", "Customs value",
              "The value of goods used to calculate ad valorem duties."),
             ("term", "Rules of origin",
              "The criteria that decide where goods come from."),
             ("term", "Transit",
              "Moving goods under customs control, with duties suspended, from one customs office "
              "to another."),
             ("term", "Authorized Economic Operator (AEO)",
              "A trader recognised by customs as secure and compliant."),
             ("term", "Revised Kyoto Convention",
              "The WCO convention on the simplification and harmonization of customs procedures."),
             ("h", "Studying offline"),
             ("p", "You are reading this handbook from this computer. Like every file of a "
                   "downloaded course, it stays available without a connection, and opening it marks "
                   "it as viewed in your progress, which is sent to the server the next time you are "
                   "online.")],
        ],
    },
    "fr": {
        "title": "Notions de base sur la douane",
        "subtitle": "Un court manuel",
        "available": f"Disponible en{NBSP}: English · Français · Español",
        "running": "Notions de base sur la douane — un court manuel",
        "footer": "CLiKC! Desktop · SAMPLE101 · contenu d’exemple",
        "page": "Page {n} sur {total}",
        "pages": [
            [("h", "Le rôle de la douane"),
             ("p", "Chaque jour, des marchandises, des personnes et des moyens de transport "
                   "franchissent les frontières nationales. Les administrations des douanes se "
                   f"tiennent à cette frontière. Leur travail poursuit trois grands objectifs{NBSP}: "
                   "percevoir les droits et taxes qui financent les services publics, protéger la "
                   "société contre les marchandises dangereuses ou illicites, et aider le commerce "
                   "légitime à circuler rapidement et de façon prévisible."),
             ("p", "Ces objectifs tirent dans des directions opposées. Contrôler chaque envoi "
                   f"paralyserait le commerce{NBSP}; n’en contrôler aucun exposerait le pays à la "
                   "contrebande et à la fraude. La douane moderne cherche le juste équilibre grâce à "
                   "l’information, à la gestion des risques et à la coopération avec les opérateurs "
                   "et les autres administrations."),
             ("p", "Ce manuel est une courte introduction, rédigée comme contenu d’exemple pour "
                   "CLiKC! Desktop. Il simplifie beaucoup et ne constitue pas un avis "
                   f"juridique{NBSP}: la législation nationale et les instruments internationaux "
                   "eux-mêmes prévalent toujours.")],
            [("h", "Déclarer les marchandises"),
             ("p", "Les marchandises qui entrent sur un territoire douanier ou qui en sortent sont "
                   "déclarées à la douane, en général par l’importateur, l’exportateur ou un "
                   "commissionnaire en douane agissant pour leur compte. La déclaration de "
                   "marchandises indique leur nature, leur valeur, leur provenance et le régime "
                   f"douanier demandé{NBSP}: mise à la consommation, exportation, transit, admission "
                   "temporaire ou entrepôt, par exemple."),
             ("p", "Trois éléments déterminent le montant à payer. Le classement tarifaire place les "
                   "marchandises dans le Système harmonisé, la nomenclature de l’OMD utilisée par "
                   "plus de 200 économies, dont la plupart des pays prolongent les codes à six "
                   "chiffres pour leur propre tarif. La valeur en douane est, dans la plupart des "
                   f"cas, la valeur transactionnelle{NBSP}: le prix effectivement payé ou à payer, "
                   "avec certains ajustements. L’origine désigne le pays où les marchandises ont été "
                   "produites, ce qui peut ouvrir droit à un taux préférentiel au titre d’un accord "
                   "commercial."),
             ("p", "Une déclaration exacte et complète est le chemin le plus rapide pour passer la "
                   "frontière. Les erreurs sur l’un de ces trois éléments sont la cause la plus "
                   "fréquente de retards, de redressements et de sanctions.")],
            [("h", "Gérer les risques"),
             ("p", f"La douane ne peut pas tout examiner{NBSP}: elle choisit. La gestion des risques "
                   "s’appuie sur des informations concernant les marchandises, l’opérateur, "
                   "l’itinéraire et les résultats passés pour décider quels envois obtiennent la "
                   "mainlevée immédiatement, lesquels font l’objet d’un contrôle documentaire et "
                   "lesquels sont examinés physiquement."),
             ("p", "Une grande partie du contrôle a désormais lieu après la mainlevée. Lors d’un "
                   "contrôle a posteriori, les agents examinent les écritures et les systèmes d’une "
                   "entreprise pour confirmer que ses déclarations étaient exactes. Les marchandises "
                   "conformes circulent ainsi rapidement, sans que la douane renonce à corriger les "
                   "erreurs ni à détecter la fraude."),
             ("p", "Les opérateurs de confiance en profitent le plus. Dans le Cadre de normes SAFE de "
                   "l’OMD, les entreprises qui satisfont à des critères de sécurité et de conformité "
                   "peuvent être reconnues comme opérateurs économiques agréés (OEA) et bénéficier de "
                   "procédures simplifiées et de contrôles moins nombreux. Les accords de "
                   "reconnaissance mutuelle étendent ces avantages au-delà des frontières.")],
            [("h", "Termes clés"),
             ("term", "Système harmonisé (SH)",
              "La nomenclature internationale de classement des marchandises, gérée par l’OMD."),
             ("term", "Valeur en douane",
              "La valeur des marchandises qui sert au calcul des droits ad valorem."),
             ("term", "Règles d’origine",
              "Les critères qui déterminent d’où proviennent les marchandises."),
             ("term", "Transit",
              "L’acheminement de marchandises sous contrôle douanier, en suspension de droits, d’un "
              "bureau de douane à un autre."),
             ("term", "Opérateur économique agréé (OEA)",
              "Un opérateur reconnu par la douane comme sûr et en règle."),
             ("term", "Convention de Kyoto révisée",
              "La convention de l’OMD pour la simplification et l’harmonisation des régimes "
              "douaniers."),
             ("h", "Étudier hors ligne"),
             ("p", "Vous lisez ce manuel depuis cet ordinateur. Comme tous les fichiers d’un cours "
                   "téléchargé, il reste disponible sans connexion, et l’ouvrir le marque comme "
                   "consulté dans votre progression, envoyée au serveur la prochaine fois que vous "
                   "serez en ligne.")],
        ],
    },
    "es": {
        "title": "Nociones básicas de aduanas",
        "subtitle": "Un breve manual",
        "available": "Disponible en: English · Français · Español",
        "running": "Nociones básicas de aduanas — un breve manual",
        "footer": "CLiKC! Desktop · SAMPLE101 · contenido de ejemplo",
        "page": "Página {n} de {total}",
        "pages": [
            [("h", "¿Qué hace la aduana?"),
             ("p", "Cada día, mercancías, personas y medios de transporte cruzan las fronteras "
                   "nacionales. Las administraciones de aduanas están en esa frontera. Su trabajo "
                   "persigue tres grandes objetivos: recaudar los derechos e impuestos que financian "
                   "los servicios públicos, proteger a la sociedad frente a mercancías peligrosas o "
                   "ilícitas y ayudar a que el comercio legítimo circule con rapidez y "
                   "previsibilidad."),
             ("p", "Estos objetivos tiran en direcciones opuestas. Controlar todos los envíos "
                   "paralizaría el comercio; no controlar ninguno dejaría al país expuesto al "
                   "contrabando y al fraude. La aduana moderna busca el equilibrio adecuado mediante "
                   "la información, la gestión de riesgos y la cooperación con los operadores y "
                   "otros organismos."),
             ("p", "Este manual es una breve introducción, escrita como contenido de ejemplo para "
                   "CLiKC! Desktop. Simplifica mucho y no constituye asesoramiento jurídico: la "
                   "legislación nacional y los propios instrumentos internacionales prevalecen "
                   "siempre.")],
            [("h", "Declarar las mercancías"),
             ("p", "Las mercancías que entran en un territorio aduanero o salen de él se declaran a "
                   "la aduana, normalmente por el importador, el exportador o un agente de aduanas "
                   "que actúa en su nombre. La declaración de mercancías indica qué son, cuánto "
                   "valen, de dónde proceden y qué régimen aduanero se solicita: despacho a consumo, "
                   "exportación, tránsito, admisión temporal o depósito, por ejemplo."),
             ("p", "Tres elementos determinan el importe que se debe pagar. La clasificación "
                   "arancelaria sitúa las mercancías en el Sistema Armonizado, la nomenclatura de la "
                   "OMA utilizada por más de 200 economías, cuyos códigos de seis dígitos la mayoría "
                   "de los países amplían para su propio arancel. El valor en aduana es, en la "
                   "mayoría de los casos, el valor de transacción: el precio realmente pagado o por "
                   "pagar, con ciertos ajustes. El origen identifica el país donde se produjeron las "
                   "mercancías, lo que puede dar acceso a un tipo preferencial en virtud de un "
                   "acuerdo comercial."),
             ("p", "Una declaración exacta y completa es el camino más rápido para cruzar la "
                   "frontera. Los errores en cualquiera de estos tres elementos son la causa más "
                   "frecuente de demoras, rectificaciones y sanciones.")],
            [("h", "Gestionar los riesgos"),
             ("p", "La aduana no puede examinarlo todo, así que elige. La gestión de riesgos utiliza "
                   "información sobre las mercancías, el operador, la ruta y los resultados "
                   "anteriores para decidir qué envíos obtienen el levante de inmediato, cuáles "
                   "requieren un control documental y cuáles se someten a un reconocimiento físico."),
             ("p", "Gran parte del control se realiza ahora después del levante. En una auditoría "
                   "posterior al despacho, los funcionarios revisan los registros y sistemas de una "
                   "empresa para confirmar que sus declaraciones eran correctas. Así, las mercancías "
                   "conformes circulan con rapidez sin que la aduana renuncie a corregir errores ni a "
                   "detectar el fraude."),
             ("p", "Los operadores de confianza son los más beneficiados. Con arreglo al Marco "
                   "Normativo SAFE de la OMA, las empresas que cumplen criterios de seguridad y "
                   "cumplimiento pueden ser reconocidas como Operadores Económicos Autorizados (OEA) "
                   "y obtener procedimientos simplificados y menos inspecciones. Los acuerdos de "
                   "reconocimiento mutuo extienden esas ventajas más allá de las fronteras.")],
            [("h", "Términos clave"),
             ("term", "Sistema Armonizado (SA)",
              "La nomenclatura internacional para clasificar las mercancías, administrada por la "
              "OMA."),
             ("term", "Valor en aduana",
              "El valor de las mercancías que sirve para calcular los derechos ad valorem."),
             ("term", "Normas de origen",
              "Los criterios que determinan de dónde proceden las mercancías."),
             ("term", "Tránsito",
              "El traslado de mercancías bajo control aduanero, con suspensión de derechos, de una "
              "aduana a otra."),
             ("term", "Operador Económico Autorizado (OEA)",
              "Un operador reconocido por la aduana como seguro y cumplidor."),
             ("term", "Convenio de Kioto Revisado",
              "El convenio de la OMA para la simplificación y armonización de los regímenes "
              "aduaneros."),
             ("h", "Estudiar sin conexión"),
             ("p", "Está leyendo este manual desde este equipo. Como todos los archivos de un curso "
                   "descargado, sigue disponible sin conexión, y abrirlo lo marca como consultado en "
                   "su progreso, que se enviará al servidor la próxima vez que esté en línea.")],
        ],
    },
}


# --------------------------------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------------------------------

def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def warn(message: str) -> None:
    print(f"make-sample: warning: {message}", file=sys.stderr)


def fail(message: str) -> None:
    print(f"make-sample: error: {message}", file=sys.stderr)
    sys.exit(1)


def json_bytes(value) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def valid_relative_path(path: str) -> bool:
    if not path or path.startswith("/") or "\\" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


# --------------------------------------------------------------------------------------------------
# PNG: a small picture of a border post, drawn with 3x3 supersampling
# --------------------------------------------------------------------------------------------------

class Canvas:
    def __init__(self, width: int, height: int, scale: int):
        self.s = scale
        self.w = width * scale
        self.h = height * scale
        self.px = bytearray(self.w * self.h * 3)

    def _span(self, y: int, x0: int, x1: int, color) -> None:
        x0, x1 = max(0, x0), min(self.w, x1)
        if 0 <= y < self.h and x1 > x0:
            off = (y * self.w + x0) * 3
            self.px[off:off + (x1 - x0) * 3] = bytes(color) * (x1 - x0)

    def rect(self, x0, y0, x1, y1, color) -> None:
        s = self.s
        for y in range(round(y0 * s), round(y1 * s)):
            self._span(y, round(x0 * s), round(x1 * s), color)

    def vgradient(self, y0, y1, top, bottom) -> None:
        s = self.s
        a, b = round(y0 * s), round(y1 * s)
        for y in range(a, b):
            t = (y - a) / max(1, b - a - 1)
            color = tuple(round(top[i] + (bottom[i] - top[i]) * t) for i in range(3))
            self._span(y, 0, self.w, color)

    def polygon(self, points, color) -> None:
        s = self.s
        pts = [(x * s, y * s) for x, y in points]
        ys = [p[1] for p in pts]
        for y in range(max(0, int(min(ys))), min(self.h, int(max(ys)) + 1)):
            cy = y + 0.5
            xs = []
            for i in range(len(pts)):
                (xa, ya), (xb, yb) = pts[i], pts[(i + 1) % len(pts)]
                if (ya <= cy < yb) or (yb <= cy < ya):
                    xs.append(xa + (cy - ya) * (xb - xa) / (yb - ya))
            xs.sort()
            for i in range(0, len(xs) - 1, 2):
                self._span(y, int(round(xs[i])), int(round(xs[i + 1])), color)

    def circle(self, cx, cy, r, color) -> None:
        s = self.s
        cx, cy, r = cx * s, cy * s, r * s
        for y in range(int(cy - r), int(cy + r) + 1):
            dy = y + 0.5 - cy
            if dy * dy <= r * r:
                dx = (r * r - dy * dy) ** 0.5
                self._span(y, int(round(cx - dx)), int(round(cx + dx)), color)

    def downsample(self) -> bytes:
        s, w = self.s, self.w
        ow, oh = self.w // s, self.h // s
        n = s * s
        out = bytearray(ow * oh * 3)
        px = self.px
        for oy in range(oh):
            rows = [(oy * s + k) * w * 3 for k in range(s)]
            for ox in range(ow):
                r = g = b = 0
                for base in rows:
                    off = base + ox * s * 3
                    for j in range(s):
                        r += px[off]
                        g += px[off + 1]
                        b += px[off + 2]
                        off += 3
                o = (oy * ow + ox) * 3
                out[o] = (r + n // 2) // n
                out[o + 1] = (g + n // 2) // n
                out[o + 2] = (b + n // 2) // n
        return bytes(out)


def encode_png(width: int, height: int, rgb: bytes) -> bytes:
    stride = width * 3

    def filtered(row: bytes, prev: bytes, kind: int) -> bytes:
        out = bytearray(len(row))
        for i in range(len(row)):
            a = row[i - 3] if i >= 3 else 0
            b = prev[i]
            c = prev[i - 3] if i >= 3 else 0
            if kind == 0:
                p = 0
            elif kind == 1:
                p = a
            elif kind == 2:
                p = b
            elif kind == 3:
                p = (a + b) // 2
            else:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            out[i] = (row[i] - p) & 0xFF
        return bytes(out)

    raw = bytearray()
    prev = bytes(stride)
    for y in range(height):
        row = rgb[y * stride:(y + 1) * stride]
        best = None
        for kind in range(5):  # the usual heuristic: smallest sum of signed residuals
            f = filtered(row, prev, kind)
            cost = sum(v if v < 128 else 256 - v for v in f)
            if best is None or cost < best[0]:
                best = (cost, kind, f)
        raw.append(best[1])
        raw += best[2]
        prev = row

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def make_border_post_png() -> bytes:
    W, H = 480, 270
    c = Canvas(W, H, 3)
    horizon = 150
    c.vgradient(0, horizon + 10, (118, 176, 222), (214, 234, 246))           # sky
    c.circle(392, 52, 22, (255, 214, 110))                                     # sun
    c.polygon([(0, 160), (0, 128), (38, 112), (82, 130), (140, 96), (196, 126), (246, 108),
               (300, 134), (362, 100), (420, 124), (480, 108), (480, 160)], (132, 160, 182))
    c.polygon([(0, 160), (0, 142), (60, 132), (130, 144), (200, 136), (280, 146), (360, 134),
               (430, 142), (480, 136), (480, 160)], (104, 138, 150))           # nearer hills
    c.vgradient(horizon, H, (150, 182, 112), (112, 150, 84))                  # fields
    c.polygon([(226, horizon), (254, horizon), (452, H), (28, H)], (108, 113, 120))  # road
    c.polygon([(226, horizon), (230, horizon), (60, H), (28, H)], (196, 196, 190))   # verges
    c.polygon([(250, horizon), (254, horizon), (452, H), (420, H)], (196, 196, 190))
    y = horizon + 4.0                                                          # centre dashes
    while y < H:
        t0, length = (y - horizon) / (H - horizon), 3 + (y - horizon) * 0.16
        t1 = min(1.0, (y + length - horizon) / (H - horizon))
        w0, w1 = 0.6 + 3.4 * t0, 0.6 + 3.4 * t1
        c.polygon([(240 - w0, y), (240 + w0, y), (240 + w1, y + length), (240 - w1, y + length)],
                  (244, 240, 222))
        y += length * 2.1
    for tx, ty, r in ((44, 150, 20), (78, 156, 15), (16, 166, 14), (132, 150, 9)):  # trees
        c.rect(tx - r * 0.12, ty, tx + r * 0.12, ty + r * 1.3, (96, 72, 52))
        c.circle(tx, ty, r, (62, 112, 70))
        c.circle(tx - r * 0.3, ty - r * 0.35, r * 0.55, (82, 134, 84))
    # customs booth
    c.rect(334, 128, 428, 214, (238, 233, 222))
    c.rect(334, 206, 428, 214, (200, 194, 182))
    c.polygon([(324, 128), (438, 128), (430, 114), (332, 114)], (31, 78, 140))   # roof
    c.rect(356, 96, 406, 112, (31, 78, 140))                                    # sign
    c.rect(362, 101, 400, 104, (240, 244, 250))
    c.rect(366, 106, 396, 108, (240, 244, 250))
    c.rect(344, 142, 380, 172, (74, 96, 120))                                   # window
    c.rect(346, 144, 378, 170, (168, 206, 232))
    c.rect(361, 144, 363, 170, (74, 96, 120))
    c.rect(392, 150, 418, 214, (74, 96, 120))                                   # door
    c.rect(394, 152, 416, 214, (58, 98, 150))
    c.rect(411, 182, 414, 186, (230, 214, 140))
    c.rect(420, 60, 423, 114, (90, 96, 104))                                    # flag
    c.polygon([(423, 62), (452, 66), (423, 80)], (31, 78, 140))
    # barrier: post, counterweight and a striped boom across the road
    c.rect(318, 176, 327, 222, (70, 76, 84))
    c.rect(312, 186, 334, 198, (60, 66, 74))
    x = 88
    stripe = 0
    while x < 318:
        c.polygon([(x, 188.5), (min(x + 16, 318), 188.5), (min(x + 16, 318), 195.5), (x, 195.5)],
                  (204, 44, 44) if stripe % 2 == 0 else (248, 248, 244))
        x += 16
        stripe += 1
    c.rect(84, 186, 90, 222, (70, 76, 84))                                      # rest post
    return encode_png(W, H, c.downsample())


# --------------------------------------------------------------------------------------------------
# HTML pages
# --------------------------------------------------------------------------------------------------

def html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def make_page_html(lang: str) -> bytes:
    t = PAGE_TEXT[lang]
    e = html_escape
    steps = "\n".join(f"  <h2>{e(h)}</h2>\n  <p>{e(p)}</p>" for h, p in t["steps"])
    html = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(PAGE_TITLE[lang])}</title>
<style>
  body {{ margin: 0; background: #f6f8fa; color: #27313b;
         font: 16px/1.55 "Segoe UI", "Noto Sans", "DejaVu Sans", Arial, sans-serif; }}
  main {{ max-width: 40em; margin: 0 auto; padding: 1.5em 1.25em 2em; background: #fff; }}
  h1 {{ color: #1f4e8c; font-size: 1.6em; line-height: 1.25; margin: 0 0 0.4em; }}
  h2 {{ color: #1f4e8c; font-size: 1.1em; margin: 1.3em 0 0.3em; }}
  p {{ margin: 0 0 0.8em; }}
  .lead {{ font-size: 1.08em; }}
  figure {{ margin: 1.4em 0; }}
  img {{ display: block; width: 100%; max-width: 480px; height: auto; border-radius: 6px; }}
  figcaption {{ color: #5b6875; font-size: 0.9em; margin-top: 0.4em; }}
  .next {{ background: #eef3fa; border-left: 4px solid #1f4e8c; padding: 0.6em 0.9em; }}
  footer {{ color: #5b6875; font-size: 0.85em; border-top: 1px solid #dde3ea; margin-top: 2em;
           padding-top: 0.8em; }}
</style>
</head>
<body>
<main>
  <h1>{e(PAGE_TITLE[lang])}</h1>
  <p class="lead">{e(t["intro"])}</p>
  <figure>
    <img src="images/border-post.png" width="480" height="270" alt="{e(t["alt"])}">
    <figcaption>{e(t["caption"])}</figcaption>
  </figure>
{steps}
  <p class="next">{e(t["next"])}</p>
  <footer>{e(t["footer"])}</footer>
</main>
</body>
</html>
"""
    return html.encode("utf-8")


def page_word_count(lang: str) -> int:
    t = PAGE_TEXT[lang]
    parts = [PAGE_TITLE[lang], t["intro"], t["caption"], t["next"], t["footer"]]
    for h, p in t["steps"]:
        parts += [h, p]
    return sum(len(re.findall(r"\w[\w’'-]*", p)) for p in parts)


# --------------------------------------------------------------------------------------------------
# PDF: PDF 1.4, standard Helvetica fonts with /WinAnsiEncoding (text encoded as cp1252)
# --------------------------------------------------------------------------------------------------

# Advance widths (1/1000 em) of cp1252 codes 32..255 in Helvetica and Helvetica-Bold (AFM metrics).
_HELV = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
    611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
    222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    0, 556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 222, 222,
    333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 556, 537, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, 556, 556,
    556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500]
_HELV_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
    556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
    611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
    667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
    278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    0, 556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, 0, 278, 278,
    500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667, 278, 333, 556, 556, 556, 556,
    280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333, 333, 333, 611, 556, 278, 333,
    333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667,
    278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667,
    611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278, 611, 611,
    611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556]
FONTS = {"F1": ("Helvetica", _HELV), "F2": ("Helvetica-Bold", _HELV_BOLD)}

PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN = 64
BLUE = (0.122, 0.306, 0.549)
INK = (0.153, 0.192, 0.231)
GREY = (0.357, 0.408, 0.459)


def pdf_encode(text: str) -> bytes:
    return text.encode("cp1252")  # raises on a character WinAnsiEncoding cannot show


def text_width(text: str, font: str, size: float) -> float:
    widths = FONTS[font][1]
    return sum(widths[b - 32] if b >= 32 else 0 for b in pdf_encode(text)) * size / 1000.0


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        candidate = word if not current else current + " " + word
        if current and text_width(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def pdf_string(text: str) -> bytes:
    raw = pdf_encode(text)
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_text_string(text: str) -> bytes:
    """A text string for the document information: UTF-16BE with a byte-order mark, in hex."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode("ascii") + b">"


class PageWriter:
    def __init__(self):
        self.ops: list[bytes] = []

    def text(self, x: float, y: float, text: str, font: str, size: float, color) -> None:
        r, g, b = color
        self.ops.append(b"BT /%s %s Tf %.3f %.3f %.3f rg %.2f %.2f Td %s Tj ET" % (
            font.encode(), str(size).encode(), r, g, b, x, y, pdf_string(text)))

    def fill_rect(self, x: float, y: float, w: float, h: float, color) -> None:
        self.ops.append(b"%.3f %.3f %.3f rg %.2f %.2f %.2f %.2f re f" % (*color, x, y, w, h))

    def content(self) -> bytes:
        return b"\n".join(self.ops) + b"\n"


def layout_handbook(lang: str) -> list[bytes]:
    hb = HANDBOOK[lang]
    total = len(hb["pages"])
    width = PAGE_W - 2 * MARGIN
    streams = []
    for index, blocks in enumerate(hb["pages"], start=1):
        pw = PageWriter()
        if index == 1:
            pw.fill_rect(0, PAGE_H - 150, PAGE_W, 150, BLUE)
            pw.fill_rect(0, PAGE_H - 156, PAGE_W, 6, (0.961, 0.702, 0.0))
            pw.text(MARGIN, PAGE_H - 88, hb["title"], "F2", 28, (1, 1, 1))
            pw.text(MARGIN, PAGE_H - 116, hb["subtitle"], "F1", 16, (0.86, 0.91, 0.97))
            pw.text(MARGIN, PAGE_H - 180, hb["available"], "F1", 10, GREY)
            y = PAGE_H - 222
        else:
            pw.text(MARGIN, PAGE_H - 44, hb["running"], "F1", 9, GREY)
            pw.fill_rect(MARGIN, PAGE_H - 52, width, 0.75, GREY)
            y = PAGE_H - 96
        for block in blocks:
            if block[0] == "h":
                if y < PAGE_H - 110:
                    y -= 10
                pw.text(MARGIN, y, block[1], "F2", 17, BLUE)
                y -= 26
            elif block[0] == "p":
                for line in wrap(block[1], "F1", 11, width):
                    pw.text(MARGIN, y, line, "F1", 11, INK)
                    y -= 15.5
                y -= 8
            elif block[0] == "term":
                pw.text(MARGIN, y, block[1], "F2", 11, INK)
                y -= 15
                for line in wrap(block[2], "F1", 11, width - 16):
                    pw.text(MARGIN + 16, y, line, "F1", 11, INK)
                    y -= 15
                y -= 7
            if y < 90:
                fail(f"handbook ({lang}) page {index} overflows")
        pw.fill_rect(MARGIN, 62, width, 0.75, GREY)
        pw.text(MARGIN, 46, hb["footer"], "F1", 9, GREY)
        label = hb["page"].format(n=index, total=total)
        pw.text(PAGE_W - MARGIN - text_width(label, "F1", 9), 46, label, "F1", 9, GREY)
        streams.append(pw.content())
    return streams


def make_pdf(lang: str) -> bytes:
    streams = layout_handbook(lang)
    hb = HANDBOOK[lang]
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages = add(b"")
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    for content in streams:
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages, PAGE_W, PAGE_H, f1, f2, c)))
    info = add(b"<< /Title " + pdf_text_string(f"{hb['title']} — {hb['subtitle']}")
               + b" /Author " + pdf_text_string("CLiKC! Desktop")
               + b" /Subject " + pdf_text_string(PDF_DESCRIPTION[lang])
               + b" /Creator (make-sample.py) /Producer (make-sample.py)"
               + b" /CreationDate (D:20261128000000Z) /ModDate (D:20261128000000Z) >>")
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R /Lang (%s) >>" % (pages, lang.encode())
    objects[pages - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    doc_id = hashlib.md5(bytes(out)).hexdigest().encode("ascii")
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, doc_id, doc_id, xref))
    return bytes(out)


def check_pdf(data: bytes, name: str) -> int:
    """Re-parses the cross-reference table; returns the page count."""
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    if not m:
        fail(f"{name}: no startxref")
    xref = int(m.group(1))
    if data[xref:xref + 4] != b"xref":
        fail(f"{name}: startxref does not point at the xref table")
    head = re.match(rb"xref\n0 (\d+)\n", data[xref:])
    count = int(head.group(1))
    table = data[xref + head.end():xref + head.end() + 20 * count]
    for number in range(1, count):
        entry = table[20 * number:20 * number + 20]
        offset = int(entry[:10])
        if not data[offset:].startswith(b"%d 0 obj" % number):
            fail(f"{name}: xref entry {number} points at the wrong place")
    pages = len(re.findall(rb"/Type /Page ", data))
    if shutil.which("pdfinfo"):
        result = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True)
        if result.returncode != 0 or result.stderr.strip():
            fail(f"{name}: pdfinfo complains: {result.stderr.decode(errors='replace')}")
        m = re.search(rb"^Pages:\s+(\d+)", result.stdout, re.M)
        if not m or int(m.group(1)) != pages:
            fail(f"{name}: pdfinfo sees a different page count")
    return pages


# --------------------------------------------------------------------------------------------------
# Videos, with gst-launch-1.0
# --------------------------------------------------------------------------------------------------

def gst_has(element: str) -> bool:
    try:
        return subprocess.run(["gst-inspect-1.0", "--exists", element],
                              capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


NEEDED_ELEMENTS = {
    # element: Debian package that has it
    "videotestsrc": "gstreamer1.0-plugins-base", "audiotestsrc": "gstreamer1.0-plugins-base",
    "videoconvert": "gstreamer1.0-plugins-base", "audioconvert": "gstreamer1.0-plugins-base",
    "vorbisenc": "gstreamer1.0-plugins-base", "vp8enc": "gstreamer1.0-plugins-good",
    "webmmux": "gstreamer1.0-plugins-good", "mp4mux": "gstreamer1.0-plugins-good",
    "x264enc": "gstreamer1.0-plugins-ugly", "avenc_aac": "gstreamer1.0-libav",
}


def video_pipelines(webm: Path, mp4: Path, overlay: bool) -> list[list[str]]:
    frames = VIDEO_SECONDS * VIDEO_FPS
    samples = AUDIO_RATE // VIDEO_FPS  # one audio buffer per video frame: both end at 8 s
    video = ["videotestsrc", f"num-buffers={frames}", "pattern=smpte75", "!",
             f"video/x-raw,width={VIDEO_W},height={VIDEO_H},framerate={VIDEO_FPS}/1", "!"]
    if overlay:
        video += ["textoverlay", 'text="CLiKC! Desktop · sample"', "valignment=top", "halignment=left",
                  "shaded-background=true", "font-desc=Sans Bold 10", "!",
                  "timeoverlay", "valignment=center", "halignment=center", "shaded-background=true",
                  "font-desc=Sans Bold 20", "!"]
    video += ["videoconvert", "!", "video/x-raw,format=I420", "!"]
    audio = ["audiotestsrc", f"num-buffers={frames}", f"samplesperbuffer={samples}", "wave=sine",
             "freq=440", "volume=0.1", "!", f"audio/x-raw,rate={AUDIO_RATE},channels=1", "!",
             "audioconvert", "!"]
    webm_cmd = (["gst-launch-1.0", "-q", "webmmux", "name=mux", "writing-app=make-sample.py", "!",
                 "filesink", f"location={webm}"]
                + video + ["vp8enc", "threads=1", "deadline=0", "target-bitrate=110000",
                           "keyframe-max-dist=50", "!", "queue", "!", "mux."]
                + audio + ["vorbisenc", "quality=0.1", "!", "queue", "!", "mux."])
    mp4_cmd = (["gst-launch-1.0", "-q", "mp4mux", "name=mux", "faststart=true", "!",
                "filesink", f"location={mp4}"]
               + video + ["x264enc", "threads=1", "bitrate=110", "key-int-max=50",
                          "speed-preset=slow", "!", "video/x-h264,profile=main", "!", "queue", "!",
                          "mux."]
               + audio + ["avenc_aac", "bitrate=48000", "!", "queue", "!", "mux."])
    return [webm_cmd, mp4_cmd]


def shell_quote(args: list[str]) -> str:
    return " ".join(a if re.fullmatch(r"[\w.,=/:+@%!-]+", a) else "'" + a + "'" for a in args)


# -- making the containers reproducible: rewrite dates and random ids in place (sizes unchanged) --

def _ebml_vint(data: bytes, pos: int, keep_marker: bool):
    first = data[pos]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8:
        raise ValueError("bad EBML length")
    value = first if keep_marker else first & (0xFF >> length)
    for i in range(1, length):
        value = (value << 8) | data[pos + i]
    unknown = not keep_marker and value == (1 << (7 * length)) - 1
    return value, length, unknown


def normalise_webm(data: bytes) -> bytes:
    out = bytearray(data)
    date_utc = int((CREATED - _dt.datetime(2001, 1, 1, tzinfo=_dt.timezone.utc)).total_seconds()) * 10**9
    masters = {0x18538067, 0x1549A966, 0x1654AE6B, 0xAE, 0x1254C367, 0x7373, 0x63C0}
    uids: dict[bytes, bytes] = {}
    patches = []  # (offset, size, element id)

    def walk(pos: int, end: int) -> None:
        while pos < end:
            eid, idlen, _ = _ebml_vint(data, pos, True)
            size, sizelen, unknown = _ebml_vint(data, pos + idlen, False)
            body = pos + idlen + sizelen
            stop = end if unknown else body + size
            if eid in masters:
                walk(body, stop)
            elif eid in (0x4461, 0x73A4, 0x73C5, 0x63C5):
                patches.append((body, size, eid))
            elif unknown:
                return  # an unknown-sized cluster: nothing we need lies beyond it
            pos = stop

    walk(0, len(data))
    track = 0
    for body, size, eid in patches:
        if eid == 0x4461 and size == 8:                       # DateUTC
            out[body:body + 8] = struct.pack(">q", date_utc)
        elif eid == 0x73A4:                                   # SegmentUID
            out[body:body + size] = hashlib.sha256(b"segment").digest()[:size]
        elif eid == 0x73C5:                                   # TrackUID
            track += 1
            new = (track).to_bytes(size, "big")
            uids[bytes(data[body:body + size])] = new
            out[body:body + size] = new
    for body, size, eid in patches:
        if eid == 0x63C5 and bytes(data[body:body + size]) in uids:  # TagTrackUID
            out[body:body + size] = uids[bytes(data[body:body + size])].rjust(size, b"\0")[-size:]
    return bytes(out)


def normalise_mp4(data: bytes) -> bytes:
    out = bytearray(data)
    stamp = TIME_MODIFIED + 2082844800  # seconds since 1904-01-01

    def walk(pos: int, end: int) -> None:
        while pos + 8 <= end:
            size, kind = struct.unpack(">I4s", data[pos:pos + 8])
            header = 8
            if size == 1:
                size = struct.unpack(">Q", data[pos + 8:pos + 16])[0]
                header = 16
            elif size == 0:
                size = end - pos
            body = pos + header
            if kind in (b"moov", b"trak", b"mdia"):
                walk(body, pos + size)
            elif kind in (b"mvhd", b"tkhd", b"mdhd"):
                if data[body] == 1:
                    out[body + 4:body + 20] = struct.pack(">QQ", stamp, stamp)
                else:
                    out[body + 4:body + 12] = struct.pack(">II", stamp, stamp)
            pos += size

    walk(0, len(data))
    return bytes(out)


def make_videos(work: Path) -> tuple[bytes, bytes, list[str]]:
    for tool in ("gst-launch-1.0", "gst-inspect-1.0"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} not found (Debian: gstreamer1.0-tools)")
    missing = sorted({f"{e} ({p})" for e, p in NEEDED_ELEMENTS.items() if not gst_has(e)})
    if missing:
        raise RuntimeError("missing GStreamer elements: " + ", ".join(missing))
    overlay = gst_has("textoverlay") and gst_has("timeoverlay")
    if not overlay:
        warn("textoverlay/timeoverlay missing (Debian: gstreamer1.0-x): the videos get no clock")
    webm, mp4 = work / "intro.webm", work / "intro.mp4"
    commands = video_pipelines(webm, mp4, overlay)
    for cmd in commands:
        result = subprocess.run(cmd, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"{shell_quote(cmd)} failed: {result.stderr.strip()}")
    return (normalise_webm(webm.read_bytes()), normalise_mp4(mp4.read_bytes()),
            [shell_quote(c) for c in commands])


def old_videos(mirror: Path) -> tuple[bytes, bytes] | None:
    try:
        course = json.loads((mirror / "courses" / f"{COURSE_ID}.json").read_text("utf-8"))
        found = {}
        for section in course["sections"]:
            for activity in section["activities"]:
                for f in activity.get("files", []):
                    if f["path"] in ("intro.webm", "intro.mp4"):
                        blob = (mirror / "files" / f["sha256"][:2] / f["sha256"]).read_bytes()
                        if sha256_hex(blob) == f["sha256"]:
                            found[f["path"]] = blob
        return found["intro.webm"], found["intro.mp4"]
    except (OSError, ValueError, KeyError):
        return None


# --------------------------------------------------------------------------------------------------
# The mirror
# --------------------------------------------------------------------------------------------------

class Mirror:
    def __init__(self, root: Path):
        self.root = root
        self.blobs: dict[str, bytes] = {}

    def file_entry(self, path: str, mime: str, data: bytes, role: str = "main") -> dict:
        if not valid_relative_path(path):
            fail(f"bad path {path!r}")
        digest = sha256_hex(data)
        self.blobs[digest] = data
        entry = {"path": path, "mime": mime, "size": len(data), "sha256": digest,
                 "timeModified": TIME_MODIFIED}
        if role != "main":
            entry["role"] = role
        return entry

    def write(self, course: dict) -> dict:
        course_json = json_bytes(course)
        distinct = {}
        for section in course["sections"]:
            for activity in section["activities"]:
                for f in activity["files"]:
                    distinct[f["sha256"]] = f["size"]
        catalogue = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "generator": "make-sample.py",
            "created": CREATED_ISO,
            "source": {"id": "clikc-sample", "title": SOURCE_TITLE},
            "courses": [{"id": course["id"], "path": f"courses/{course['id']}.json",
                         "sha256": sha256_hex(course_json), "size": sum(distinct.values())}],
        }
        (self.root / "courses").mkdir(parents=True)
        (self.root / "courses" / f"{course['id']}.json").write_bytes(course_json)
        for digest, data in sorted(self.blobs.items()):
            folder = self.root / "files" / digest[:2]
            folder.mkdir(parents=True, exist_ok=True)
            (folder / digest).write_bytes(data)
        (self.root / "catalogue.json").write_bytes(json_bytes(catalogue))
        return catalogue


def verify_mirror(root: Path) -> None:
    """Reads the mirror back the way the importer does and fails on any inconsistency."""
    catalogue = json.loads((root / "catalogue.json").read_text("utf-8"))
    assert catalogue["format"] == FORMAT_NAME and catalogue["version"] == FORMAT_VERSION
    referenced = set()
    for entry in catalogue["courses"]:
        assert valid_relative_path(entry["path"])
        raw = (root / entry["path"]).read_bytes()
        if sha256_hex(raw) != entry["sha256"]:
            fail(f"{entry['path']}: sha256 differs from the catalogue")
        course = json.loads(raw)
        total = {}
        for section in course["sections"]:
            for activity in section["activities"]:
                paths = {f["path"] for f in activity["files"]}
                entry_text = activity["entry"]
                for p in (entry_text.values() if isinstance(entry_text, dict) else [entry_text]):
                    if p not in paths:
                        fail(f"{activity['id']}: entry {p} is not one of its files")
                for f in activity["files"]:
                    if not valid_relative_path(f["path"]):
                        fail(f"{activity['id']}: bad path {f['path']}")
                    blob = (root / "files" / f["sha256"][:2] / f["sha256"]).read_bytes()
                    if len(blob) != f["size"] or sha256_hex(blob) != f["sha256"]:
                        fail(f"{activity['id']}/{f['path']}: size or sha256 differs")
                    total[f["sha256"]] = f["size"]
                    referenced.add(f["sha256"])
        if sum(total.values()) != entry["size"]:
            fail(f"{entry['id']}: catalogue size is not the sum of its distinct files")
    stored = {p.name for p in (root / "files").glob("*/*")}
    if stored != referenced:
        fail("files/ holds files no course uses, or lacks some")


def build_course(mirror: Mirror, videos: tuple[bytes, bytes], png: bytes) -> dict:
    webm, mp4 = videos
    page_files = [mirror.file_entry("index.html", "text/html", make_page_html("en"))]
    page_files += [mirror.file_entry(f"index.{lang}.html", "text/html", make_page_html(lang))
                   for lang in ("fr", "es")]
    page_files.append(mirror.file_entry("images/border-post.png", "image/png", png, role="asset"))
    pdf_files = []
    for lang in LANGS:
        data = make_pdf(lang)
        name = "handbook.pdf" if lang == "en" else f"handbook.{lang}.pdf"
        pages = check_pdf(data, name)
        if not 3 <= pages <= 4:
            fail(f"{name} has {pages} pages")
        pdf_files.append(mirror.file_entry(name, "application/pdf", data))

    return {
        "id": COURSE_ID,
        "shortName": SHORT_NAME,
        "title": COURSE_TITLE,
        "summary": COURSE_SUMMARY,
        "language": "en",
        "timeModified": TIME_MODIFIED,
        "sections": [
            {"id": "1", "title": SECTION1_TITLE, "summary": SECTION1_SUMMARY, "activities": [
                {"id": "video-1", "kind": "video", "title": VIDEO_TITLE,
                 "description": VIDEO_DESCRIPTION, "completion": "watched", "entry": "intro.webm",
                 "files": [mirror.file_entry("intro.webm", "video/webm", webm),
                           mirror.file_entry("intro.mp4", "video/mp4", mp4, role="alternative")]},
                {"id": "page-1", "kind": "page", "title": PAGE_TITLE,
                 "description": PAGE_DESCRIPTION, "completion": "viewed",
                 "entry": {"en": "index.html", "fr": "index.fr.html", "es": "index.es.html"},
                 "files": page_files},
            ]},
            {"id": "2", "title": SECTION2_TITLE, "summary": SECTION2_SUMMARY, "activities": [
                {"id": "pdf-1", "kind": "pdf", "title": PDF_TITLE,
                 "description": PDF_DESCRIPTION, "completion": "viewed",
                 "entry": {"en": "handbook.pdf", "fr": "handbook.fr.pdf", "es": "handbook.es.pdf"},
                 "files": pdf_files},
            ]},
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="the mirror folder to (re)write (default: %(default)s)")
    parser.add_argument("--reuse-video", action="store_true",
                        help="keep the videos already in the output mirror; do not run GStreamer")
    args = parser.parse_args()
    out: Path = args.out.resolve()

    for lang in LANGS:
        words = page_word_count(lang)
        if not 150 <= words <= 300:
            fail(f"the {lang} page has {words} words; keep it between 150 and 300")
        html = make_page_html(lang).decode("utf-8")
        if re.search(r"(?i)\b(https?:|ftp:|//[a-z])", html):
            fail(f"the {lang} page references an external URL")

    previous = old_videos(out)
    with tempfile.TemporaryDirectory(prefix="make-sample-") as tmp:
        work = Path(tmp)
        if args.reuse_video:
            if previous is None:
                fail(f"--reuse-video: no valid videos in {out}")
            videos, pipelines = previous, []
        else:
            try:
                webm, mp4, pipelines = make_videos(work)
                videos = (webm, mp4)
            except (RuntimeError, OSError) as error:
                if previous is None:
                    fail(f"{error}\nInstall: apt-get install gstreamer1.0-tools gstreamer1.0-plugins-base "
                         "gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly gstreamer1.0-libav "
                         "gstreamer1.0-x")
                warn(f"{error}; keeping the videos already in the mirror")
                videos, pipelines = previous, []

        png = make_border_post_png()
        if len(png) >= 100_000:
            fail(f"border-post.png is {len(png)} bytes; keep it under 100 KB")

        staging = work / "mirror"
        mirror = Mirror(staging)
        catalogue = mirror.write(build_course(mirror, videos, png))
        verify_mirror(staging)
        total = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file())
        if total >= 2_000_000:
            fail(f"the mirror is {total} bytes; it must stay under 2 MB")

        # Replace the old mirror only once the new one is complete and verified.
        if out.exists():
            shutil.rmtree(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, out)

    for command in pipelines:
        print(f"make-sample: ran {command}")
    for course in catalogue["courses"]:
        print(f"make-sample: {course['id']}: {course['size']} bytes of files, json {course['sha256']}")
    print(f"make-sample: wrote {out} ({total} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
