"""Report stage: the schema-v1 JSON report and its Dutch Markdown rendering."""

from analyzer.report.build import SCHEMA_VERSION, build_report, report_schema, validate_report
from analyzer.report.markdown import render_markdown


def render_pdf(report: dict) -> bytes:
    """The PDF memo; fpdf2 is imported only when a PDF is asked for, not by every analysis (~20 MB)."""
    from analyzer.report.pdf import render_pdf as render

    return render(report)


__all__ = ["SCHEMA_VERSION", "build_report", "render_markdown", "render_pdf", "report_schema", "validate_report"]
