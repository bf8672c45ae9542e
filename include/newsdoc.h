/*
 * libnewsdoc: news pages into structured documents.
 * The umbrella header; include this one.
 */
#ifndef NEWSDOC_H
#define NEWSDOC_H

#include "newsdoc/common.h"
#include "newsdoc/document.h"
#include "newsdoc/builder.h"
#include "newsdoc/registry.h"
#include "newsdoc/parse.h"
#include "newsdoc/export.h"

#endif
