/*
 * The page type: a linear model over the features of pagetype_features.c.
 * Each type scores the dot product of its weights with the features; the
 * best score wins, but a type other than "article" must beat the article
 * score by a margin: the article profile is the extractor as it always
 * was, and a real article read with another profile loses text, while a
 * non-article read as an article only keeps the old behaviour.
 *
 * The weights are data, fitted by bench/pagetype_fit.py (a multinomial
 * logistic regression) on the tune half of the benchmark pages only;
 * NEWSDOC_DEBUG=pagetype prints each page's features and scores on stderr
 * for that script.
 *
 * Provenance: when the answer is a type the page itself declares (JSON-LD
 * @type, microdata itemtype, og:type), that declaration is named as the
 * source; otherwise "classifier".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pagetype.h"

/* What each type's score must beat the others by (article: 0), in the
 * scores' units: the type whose score minus its margin is highest wins.
 * "listing" is set by hand, not by bench/pagetype_fit.py (whose
 * cross-validated choice, 3.00, never named a page listing): 0.25 is the
 * lowest margin at which no tune page of another type is named listing
 * with these weights, and the listing profile then runs on 8 of the 42
 * tune listing pages (a --write of the fitter puts 3.00 back: re-check). */
static const float margins[PAGE_TYPE_COUNT] = { 0.00f, 0.90f, 1.20f, 0.50f, 0.25f, 1.10f, 0.20f };

/* weights[type][feature], in the order of enum page_feature. */
static const float weights[PAGE_TYPE_COUNT][PF_COUNT] = {
	{ /* article */
		1.8478f, 0.8626f, -0.4126f, -0.3203f, -0.0118f, -0.3120f, 0.1208f, 0.0517f,
		-0.1073f, 0.0291f, -0.0385f, -0.4859f, 0.6088f, -0.1394f, -0.0642f, -0.4284f,
		0.2425f, -0.1979f, 0.0025f, -0.0048f, 0.6913f, -0.4987f, -0.1227f, -0.1489f,
		-0.1203f, -0.1664f, -0.1308f, 0.5218f, 1.0431f, -0.5243f, 0.2062f, 0.7947f,
		0.0734f, -0.0197f, -0.2950f, -0.0043f, 0.0261f, -0.0376f, 0.5698f, -0.3391f,
		0.7444f, 0.0418f, -0.1027f, -0.1329f, 0.5800f, -0.0880f, 0.1254f, -0.3291f,
		-0.1085f, 0.2022f, 0.1115f, 0.0425f, -0.0914f, -0.3258f, 0.2364f, 0.1275f,
		-0.0013f, -0.2059f, -0.2946f, -0.0243f, 0.1636f, 0.1859f, 0.1141f, -0.1030f,
		0.1032f, 0.0692f, 0.3948f, 0.7072f, 0.1604f, -0.0449f,
	},
	{ /* forum */
		1.7766f, -0.2774f, 0.7667f, -0.2035f, -0.0500f, -0.3020f, -0.0316f, 0.0206f,
		-0.0313f, -0.0892f, -0.0434f, 0.3206f, -0.3036f, -0.0924f, -0.1075f, 0.4555f,
		-0.0024f, 0.2328f, -0.0548f, -0.0536f, 0.0144f, 1.2249f, -0.2171f, -0.1216f,
		-0.0719f, -0.0352f, -0.1794f, -0.1622f, 0.3313f, -0.0799f, 0.5976f, -0.3050f,
		0.0077f, -0.1675f, 0.0016f, -0.0664f, -0.0017f, -0.1994f, -0.2636f, -0.1441f,
		-0.0226f, -0.1135f, 0.3076f, -0.2536f, -0.3652f, 0.1352f, 0.6180f, 0.1887f,
		-0.1168f, 0.1316f, -0.0701f, -0.0257f, -0.5470f, 0.2067f, -0.0010f, -0.3635f,
		0.2064f, 0.3499f, -0.0462f, -0.0549f, 0.0252f, 0.5526f, -0.3311f, 0.0153f,
		-0.2752f, -0.4473f, 0.5045f, 0.1532f, -0.0188f, -0.0367f,
	},
	{ /* product */
		-2.5777f, -0.0921f, -0.0756f, 1.1266f, -0.1616f, 0.7043f, -0.2452f, -0.0102f,
		-0.0431f, -0.2503f, -0.1558f, 0.1237f, -0.1856f, 0.8512f, -0.0627f, -0.0611f,
		-0.0235f, 0.0042f, 0.3937f, 0.3939f, -0.2624f, -0.0958f, 0.9216f, 0.0068f,
		-0.0387f, -0.1423f, -0.1887f, -0.0036f, 0.3728f, -0.1328f, 0.4231f, 0.0879f,
		0.0270f, 0.3753f, 0.0112f, -0.1571f, -0.0313f, -0.0070f, -0.1309f, -0.0552f,
		-0.3395f, 0.0414f, -0.1550f, 0.1318f, 0.0878f, -0.0138f, -0.2443f, 0.5803f,
		0.2772f, 0.4477f, -0.0324f, 0.3262f, -0.2547f, -0.1899f, -0.1321f, -0.2548f,
		-0.0442f, -0.0833f, -0.0788f, -0.1136f, -0.2616f, -0.1874f, 0.4908f, -0.0198f,
		0.0382f, 0.2375f, 0.1257f, -0.2051f, -0.2544f, -0.0806f,
	},
	{ /* collection */
		-1.5120f, -0.2376f, -0.0941f, -0.2610f, 0.1461f, -0.1896f, -0.0480f, -0.0036f,
		-0.0715f, 0.1717f, -0.0721f, 0.0316f, -0.2388f, -0.3028f, 0.0547f, -0.1208f,
		-0.0105f, 0.0076f, -0.1297f, -0.1293f, -0.3617f, 0.1016f, -0.0419f, 0.6129f,
		-0.1644f, -0.1042f, -0.2241f, -0.0351f, -0.4624f, 0.0522f, -0.3733f, -0.2679f,
		0.1097f, 0.1203f, 0.2711f, -0.1262f, 0.0068f, -0.0335f, -0.1124f, 0.2181f,
		-0.1588f, 0.0084f, -0.2029f, 0.0963f, -0.2065f, 0.0000f, -0.1705f, 0.1931f,
		0.5538f, -0.5005f, -0.0956f, -0.0815f, 0.4293f, 0.1030f, -0.0587f, 0.1308f,
		-0.2872f, 0.0455f, 0.4667f, 0.2187f, -0.2396f, -0.8007f, 0.1101f, 0.3271f,
		-0.0777f, -0.0120f, -0.1716f, -0.2677f, -0.0108f, -0.0249f,
	},
	{ /* listing */
		-0.4085f, 0.0426f, -0.2229f, -0.4212f, 0.0026f, -0.1729f, 0.4399f, -0.0122f,
		0.0950f, -0.4638f, 0.1673f, -0.1311f, -0.2070f, -0.3688f, 0.1054f, -0.0433f,
		0.0098f, -0.1108f, -0.0158f, -0.0142f, 0.3458f, -0.4548f, -0.5093f, 0.0044f,
		0.7972f, -0.1826f, -0.0408f, -0.1648f, -0.5703f, 0.3455f, -0.3080f, -0.0339f,
		-0.0966f, -0.3326f, -0.0113f, 0.4268f, 0.2021f, -0.0266f, -0.0202f, 0.4633f,
		-0.4200f, -0.0731f, -0.4278f, -0.0485f, -0.0108f, 0.1797f, 0.2780f, -0.0805f,
		-0.2079f, 0.0970f, -0.0407f, 0.0403f, 0.2656f, 0.2997f, 0.0679f, 0.2984f,
		-0.1186f, 0.0942f, 0.1465f, -0.1966f, 0.2100f, -0.1369f, 0.0515f, -0.0465f,
		-0.0815f, -0.5767f, -0.3382f, 0.0534f, 0.1391f, 0.3883f,
	},
	{ /* documentation */
		1.5614f, -0.3034f, -0.0649f, -0.0869f, 0.0161f, -0.3194f, -0.0969f, -0.0071f,
		-0.1850f, -0.0686f, -0.0029f, -0.0517f, 0.2947f, -0.2669f, -0.1471f, -0.0090f,
		0.0492f, -0.1241f, 0.0069f, 0.0008f, -0.2888f, -0.2015f, -0.2693f, -0.1317f,
		-0.0573f, 0.9609f, -0.1053f, -0.0912f, -0.3376f, -0.1669f, -0.3610f, -0.1319f,
		-0.2052f, -0.1467f, -0.0373f, -0.2126f, -0.1045f, -0.2897f, -0.0759f, 0.0183f,
		0.0337f, -0.0495f, 0.6357f, 0.1459f, 0.0677f, -0.0804f, -0.3274f, -0.4352f,
		-0.4224f, -0.3177f, 0.0442f, -0.5155f, 0.2216f, 0.0193f, -0.0867f, 0.0079f,
		-0.0812f, -0.0863f, -0.0744f, -0.0345f, -0.1325f, 0.0120f, -0.1928f, 0.0775f,
		0.5209f, 0.0354f, -0.1219f, 0.1347f, -0.1241f, 0.0424f,
	},
	{ /* service */
		0.5207f, -0.1518f, -0.1455f, -0.0672f, 0.0517f, 0.1496f, 0.0213f, 0.0053f,
		0.2228f, 0.6514f, -0.0141f, 0.2510f, 0.0474f, -0.0808f, -0.0639f, 0.1726f,
		-0.0661f, -0.0246f, -0.0265f, -0.0255f, -0.1802f, -0.1859f, -0.2005f, -0.1643f,
		-0.1912f, -0.2870f, 0.7893f, -0.0588f, -0.3254f, 0.5349f, -0.2353f, -0.2857f,
		-0.0816f, -0.0886f, -0.0030f, -0.0719f, -0.0391f, 0.4833f, 0.0369f, -0.1888f,
		0.1535f, 0.1700f, -0.1319f, 0.1335f, -0.2243f, -0.1217f, -0.3389f, -0.1101f,
		0.0254f, -0.1018f, 0.0509f, 0.1994f, -0.0075f, -0.0859f, -0.0092f, -0.0187f,
		0.3021f, -0.1779f, -0.1740f, 0.2184f, 0.1204f, 0.3517f, -0.4043f, -0.2727f,
		-0.1706f, 0.6876f, -0.4453f, -0.5971f, 0.2037f, -0.1749f,
	},
};

static void debug_print(const page_features *features, const float *scores, int type, const char *source)
{
	const char *debug = secure_getenv("NEWSDOC_DEBUG");
	int i;

	if (!debug || !strstr(debug, "pagetype"))
		return;
	fprintf(stderr, "newsdoc: pagetype: %s %s scores", newsdoc__page_type_name(type), source);
	for (i = 0; i < PAGE_TYPE_COUNT; i++)
		fprintf(stderr, " %.3f", (double)scores[i]);
	fprintf(stderr, " features");
	for (i = 0; i < PF_COUNT; i++)
		fprintf(stderr, " %.4g", (double)features->value[i]);
	fprintf(stderr, "\n");
}

int newsdoc__page_type_classify(const page_features *features, const char **source)
{
	float scores[PAGE_TYPE_COUNT];
	int type, best = PAGE_TYPE_ARTICLE, i;
	unsigned int mask;

	for (type = 0; type < PAGE_TYPE_COUNT; type++) {
		float sum = 0.0f;
		for (i = 0; i < PF_COUNT; i++)
			sum += weights[type][i] * features->value[i];
		scores[type] = sum;
		if (sum - margins[type] > scores[best] - margins[best])
			best = type;
	}
	mask = 1u << best;
	if (features->declared.jsonld & mask)
		*source = "json-ld";
	else if (features->declared.microdata & mask)
		*source = "microdata";
	else if (features->declared.opengraph & mask)
		*source = "opengraph";
	else
		*source = "classifier";
	debug_print(features, scores, best, *source);
	return best;
}

int newsdoc__content_page_type(content_ctx *ctx)
{
	const char *known = newsdoc_document_page_type(ctx->doc), *source;
	page_features features;
	int type, error;

	/* A site rule or a plugin said what the page is: its profile. */
	if (known) {
		ctx->page_type = newsdoc__page_type_from_name(known);
		return 0;
	}
	newsdoc__page_features(ctx, &features);
	type = newsdoc__page_type_classify(&features, &source);
	ctx->page_type = type;
	ctx->items_parent = features.items.first ? features.items.first->parent : NULL;
	if ((error = newsdoc_document_set(ctx->doc, NEWSDOC_FIELD_PAGE_TYPE, newsdoc__page_type_name(type))) != 0)
		return error;
	return newsdoc_document_set_provenance(ctx->doc, NEWSDOC_FIELD_PAGE_TYPE, source);
}
