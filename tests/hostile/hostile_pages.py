"""The pieces every hostile page is made of: a head, a tail, a
paragraph with a quote, and a repeat to a size (make-hostile.py and
hostile_rule_shapes.py share them)."""


HEAD = b'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title></head><body>'
TAIL = b'</body></html>'
PARA = (b'<p>The council met on Tuesday to discuss the harbour wall. \xe2\x80\x9cWe have to act now,\xe2\x80\x9d '
        b'said Ann Smith, the mayor. Residents said the work was overdue and that the storm had made it worse.</p>\n')


def page(body):
    return HEAD + body + TAIL


def sized(unit, size):
    """`unit` repeated to at least `size` bytes."""
    return unit * (size // len(unit) + 1)
