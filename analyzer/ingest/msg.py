"""Outlook .msg files, read with extract-msg; laid out like .eml files."""

from __future__ import annotations

from analyzer.dossier import ExtractedFile, Page, SourceFile
from analyzer.ingest.eml import extract_attachments, mail_text
from analyzer.ingest.errors import UnreadableFile
from analyzer.ingest.settings import IngestSettings


def read_msg(source: SourceFile, settings: IngestSettings) -> list[ExtractedFile]:
    import extract_msg  # imported on first use: it costs every analysis memory, and .msg files are rare
    from extract_msg.exceptions import ExMsgBaseException

    try:
        message = extract_msg.openMsg(source.data)
    except (ExMsgBaseException, OSError, ValueError) as err:
        raise UnreadableFile("Dit Outlook-bericht (.msg) is beschadigd en kan niet worden gelezen.") from err
    with message:
        sent = message.date
        subject = message.subject or ""
        text = mail_text(message.sender or "", message.to or "", str(sent or ""), subject, message.body or "")
        attachments = [
            (att.longFilename or att.shortFilename or "bijlage", att.data)
            for att in message.attachments
            if isinstance(att.data, bytes)
        ]
    body = ExtractedFile(
        path=source.path,
        kind="msg",
        pages=(Page(None, text),),
        title=subject or None,
        header_date=sent.date() if sent else None,
    )
    return [body, *extract_attachments(source.path, attachments, settings)]
