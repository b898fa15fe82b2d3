"""Why a file cannot be imported, in the words the coach reads (translated by the catalogue).

Every text names the file and says what to do. `looks_like(name, what)` covers files that are
not spreadsheets at all; `what` is one of the keys of `LOOKS_LIKE`.
"""

from models.core.errors import UserError, domain_text

MAX_FILE_MEGABYTES = 50


def missing(name: str) -> UserError:
    return UserError("The file '{name}' does not exist. Choose an existing file.", name=name)


def unreadable(name: str) -> UserError:
    return UserError(
        "The file '{name}' cannot be read. Check that no other program has it open and try again.",
        name=name,
    )


def folder(name: str) -> UserError:
    return UserError("'{name}' is a folder, not a spreadsheet. Choose a file.", name=name)


def empty(name: str) -> UserError:
    return UserError("'{name}' is empty. Choose the file with the list of participants.", name=name)


def too_large_file(name: str) -> UserError:
    return UserError(
        "'{name}' is larger than {megabytes} MB; that is not a list of participants. Save only "
        "the sheet with the people and try again.",
        name=name,
        megabytes=MAX_FILE_MEGABYTES,
    )


def no_data(name: str) -> UserError:
    return UserError("'{name}' holds no data. Choose the file with the people.", name=name)


def no_people(name: str) -> UserError:
    return UserError(
        "'{name}' holds no rows with people. Choose the file with the list of participants.",
        name=name,
    )


def damaged(name: str) -> UserError:
    return UserError(
        "'{name}' is damaged or not a spreadsheet. Open it in Excel or LibreOffice, save it "
        "again as .xlsx or .csv and try again.",
        name=name,
    )


def incomplete(name: str) -> UserError:
    return UserError(
        "'{name}' is incomplete or damaged (perhaps not completely downloaded or copied). "
        "Fetch the file again, or save it again in Excel as .xlsx, and try again.",
        name=name,
    )


def too_big(name: str) -> UserError:
    return UserError(
        "'{name}' is too big to read as a list of participants (the spreadsheet promises "
        "unusually many cells or text). Save only the sheet with the people in a new file and "
        "try again.",
        name=name,
    )


def too_many_rows(name: str, rows: int) -> UserError:
    return UserError(
        "'{name}' has more than {rows} rows; that is not a list of participants. Save only the "
        "people in a new file and try again.",
        name=name,
        rows=f"{rows:,}".replace(",", "."),
    )


def password(name: str) -> UserError:
    return UserError(
        "'{name}' is protected with a password. Open it in Excel or LibreOffice, remove the "
        "password (or save a copy without one) and try again.",
        name=name,
    )


def reader_stopped(name: str) -> UserError:
    return UserError(
        "'{name}' could not be read: it asks for far more memory than a list of participants "
        "needs, or it is damaged. Nothing was saved. Open it in Excel or LibreOffice and save "
        "it again as .xlsx, or export it as a CSV file, and try again.",
        name=name,
    )


def too_slow(name: str, seconds: int) -> UserError:
    return UserError(
        "Reading '{name}' took longer than {seconds} seconds and was stopped. Nothing was "
        "saved. Open it in Excel or LibreOffice and save it again as .xlsx, or export it as a "
        "CSV file, and try again.",
        name=name,
        seconds=seconds,
    )


def excel_2003_xml(name: str) -> UserError:
    return UserError(
        "'{name}' is an Excel 2003 XML spreadsheet, which Trajectwijzer cannot read. Open it "
        "in Excel or LibreOffice, save it as .xlsx and try again.",
        name=name,
    )


def web_page_without_table(name: str) -> UserError:
    return UserError(
        "'{name}' is a web page without a table. Open it in Excel or LibreOffice, save it as "
        ".xlsx and try again.",
        name=name,
    )


def no_headers(name: str) -> UserError:
    return UserError(
        "'{name}' is text without the column headers of a list of people (such as First name, "
        "Name, E-mail), or its columns are not separated the same way on every line. Put a "
        "row with column headers at the top, or save the list from Excel or LibreOffice as "
        ".xlsx, and try again.",
        name=name,
    )


def broken_csv(name: str) -> UserError:
    return UserError(
        "'{name}' is not a readable CSV file. Open it in Excel or LibreOffice, save it as .xlsx "
        "and try again.",
        name=name,
    )


def unknown_format(name: str) -> UserError:
    return UserError(
        "'{name}' is not a spreadsheet Trajectwijzer knows. Save it in Excel or LibreOffice "
        "as .xlsx or .csv and try again.",
        name=name,
    )


# One whole text per kind: a kind named as a parameter would stay untranslated.
LOOKS_LIKE = {
    "pdf": domain_text(
        "'{name}' is not a spreadsheet (it looks like a PDF). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "image": domain_text(
        "'{name}' is not a spreadsheet (it looks like an image). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "word": domain_text(
        "'{name}' is not a spreadsheet (it looks like a text document, such as Word). "
        "Choose the list of participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "presentation": domain_text(
        "'{name}' is not a spreadsheet (it looks like a presentation). Choose "
        "the list of participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "office": domain_text(
        "'{name}' is not a spreadsheet (it looks like another kind of Office file). "
        "Choose the list of participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "archive": domain_text(
        "'{name}' is not a spreadsheet (it looks like a compressed archive, such as "
        "a zip). Unpack it first and choose the list of participants in it."
    ),
    "database": domain_text(
        "'{name}' is not a spreadsheet (it looks like a database). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "program": domain_text(
        "'{name}' is not a spreadsheet (it looks like a program). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "json": domain_text(
        "'{name}' is not a spreadsheet (it looks like a JSON file). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "settings": domain_text(
        "'{name}' is not a spreadsheet (it looks like a settings file, such as TOML "
        "or INI). Choose the list of participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "markdown": domain_text(
        "'{name}' is not a spreadsheet (it looks like a Markdown text). Choose the "
        "list of participants as an .xlsx, .ods, .xls or .csv file."
    ),
    "xml": domain_text(
        "'{name}' is not a spreadsheet (it looks like an XML file). Choose the list of "
        "participants as an .xlsx, .ods, .xls or .csv file."
    ),
}


def looks_like(name: str, what: str) -> UserError:
    """The file is something else than a spreadsheet: `what` says what it seems to be."""
    text = LOOKS_LIKE.get(what)
    return UserError(text, name=name) if text is not None else unknown_format(name)
