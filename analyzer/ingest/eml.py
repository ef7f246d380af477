"""E-mail files (.eml): headers and body become one document; each attachment becomes a document of its own."""

from __future__ import annotations

import datetime as dt
import email
import html
import re
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

from analyzer.dossier import ExtractedFile, Page, SourceFile
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings
from analyzer.ingest.txt import decode_text

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|div|tr|li|h\d)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup: str) -> str:
    """Crude but dependable HTML → text for mail bodies: block ends become newlines, tags vanish."""
    markup = re.sub(r"(?is)<(script|style).*?</\1>", "", markup)
    return html.unescape(_TAG.sub("", _BLOCK_END.sub("\n", markup)))


def header_date(value: str | None) -> dt.date | None:
    """The calendar date of an RFC 5322 Date header, or None when it is missing or malformed."""
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def mail_text(sender: str, to: str, sent: str, subject: str, body: str) -> str:
    """The text shown for an e-mail: a Dutch header block, then the body (as a printed e-mail looks)."""
    header = [f"Van: {sender}", f"Aan: {to}", f"Verzonden: {sent}", f"Onderwerp: {subject}"]
    return "\n".join(header) + "\n\n" + body.strip()


def _body(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    if part.get_content_charset() is None:
        # No charset declared (a mail saved by hand, an export): the bytes tell, as for a .txt ("Cliënt", not "Cli��nt")
        content = decode_text(part.get_payload(decode=True) or b"")
    else:
        try:
            content = part.get_content()
        except (LookupError, UnicodeError):
            content = part.get_payload(decode=True).decode("latin-1", errors="replace")
    return html_to_text(content) if part.get_content_type() == "text/html" else content


def _header(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, "") or "")
    except (ValueError, IndexError, TypeError):
        return str(message.get_all(name, [""])[0]) if message.get_all(name) else ""


def extract_attachments(
    parent: str, attachments: list[tuple[str, bytes] | tuple[str, bytes, str]], settings: IngestSettings
) -> list[ExtractedFile]:
    """Read each attachment with the reader for its type (its name's, or the declared content type when the mail gives
    one and the name lies); it keeps the mail's path and its own name."""
    from analyzer.ingest.extract import extract  # late import: extract dispatches back to this module

    found: list[ExtractedFile] = []
    for name, data, *declared in attachments:
        as_text = bool(declared) and _text_under_another_name(name, data, declared[0])
        read_as = f"{name}.txt" if as_text else name
        for item in extract(SourceFile(path=read_as, data=data), settings):
            found.append(
                ExtractedFile(
                    path=parent,
                    kind=item.kind,
                    pages=item.pages,
                    paginated=item.paginated,
                    error=item.error,
                    attachment=name if item.attachment is None else f"{name}/{item.attachment}",
                    title=item.title,
                    header_date=item.header_date,
                    warnings=(*item.warnings, TEXT_UNDER_ANOTHER_NAME) if as_text else item.warnings,
                )
            )
    return found


TEXT_UNDER_ANOTHER_NAME = "De bijlage heet als een ander bestandstype, maar de e-mail geeft haar als tekst mee; als tekst gelezen."


def _text_under_another_name(name: str, data: bytes, content_type: str) -> bool:
    """A part the mail declares as plain text whose bytes are not the PDF or Word file its name says (a report pasted
    as text but named "….pdf"): reading it as the text it is beats refusing it as a broken PDF."""
    from analyzer.ingest.extract import sniff_suffix  # late import: extract dispatches back to this module

    if content_type != "text/plain" or sniff_suffix(SourceFile(path=name, data=data)) not in (".pdf", ".docx"):
        return False
    return not data.lstrip()[:5].startswith(b"%PDF") and not data.startswith(b"PK")


def read_eml(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    message = email.message_from_bytes(source.data, policy=policy.default)
    if not message.keys() and not source.data.strip():
        raise UnreadableFile("Dit e-mailbestand is leeg.")
    if not message.keys():
        raise UnreadableFile("Dit bestand heet .eml maar bevat geen e-mailkoppen; exporteer het bericht opnieuw.")
    sent = _header(message, "Date")
    subject = _header(message, "Subject")
    text = mail_text(_header(message, "From"), _header(message, "To"), sent, subject, _body(message))
    body = ExtractedFile(
        path=source.path,
        kind="eml",
        pages=(Page(None, text),),
        title=subject or None,
        header_date=header_date(sent),
    )
    attachments = [
        (part.get_filename() or "bijlage", part.get_payload(decode=True) or b"", part.get_content_type())
        for part in message.iter_attachments()
        if part.get_content_maintype() != "multipart"
    ]
    return [body, *extract_attachments(source.path, attachments, settings)]


def attachment_data(data: bytes, name: str) -> bytes | None:
    """The bytes of the attachment called `name` in an e-mail (to show its pages next to the report)."""
    message = email.message_from_bytes(data, policy=policy.default)
    for part in message.iter_attachments():
        if (part.get_filename() or "bijlage") == name:
            return part.get_payload(decode=True)
    return None
