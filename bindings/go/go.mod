module libnewsdoc.org/newsdoc

go 1.19
