"""The Planning tab: timeline and editable table, responsibilities, stopping."""
