"""The names of what a code can point to, as messages say them ("no valid code for a session")."""

from models.core.errors import domain_text

ACTION = domain_text("an action")
AGENDA_ITEM = domain_text("an agenda item")
ANSWER = domain_text("an answer")
CONSENT = domain_text("a consent")
CONTACT = domain_text("a contact person")
FORM = domain_text("an evaluation form")
FORM_SESSION_OR_TRAJECTORY = domain_text("a form, session or trajectory")
IMPORT = domain_text("an import")
MERGE = domain_text("a merge")
NOTE = domain_text("a note")
ORGANISATION = domain_text("an organisation")
PARTNER = domain_text("a partner")
PERSON = domain_text("a person")
PLAN_ITEM = domain_text("a part of the plan")
PROJECT = domain_text("a project")
QUESTION = domain_text("a question")
QUOTE = domain_text("a quote")
QUOTE_OR_TRAJECTORY = domain_text("a quote or trajectory")
REGISTRATION = domain_text("a registration")
ROLE = domain_text("a role")
SESSION = domain_text("a session")
TAKE_OUT = domain_text("a trajectory taken out")
TRAJECTORY = domain_text("a trajectory")
TRAJECTORY_OR_PROJECT = domain_text("a trajectory or project")
TRAJECTORY_OR_SESSION = domain_text("a trajectory or a session")
# In "choose from: none": a list with nothing in it.
NONE = domain_text("none")
# "At most one village centre can be chosen": a count of one, written out.
ONE = domain_text("one")
