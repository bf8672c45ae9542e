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
 * Chosen by bench/pagetype_fit.py on the tune half: on the held-out scores
 * of a 5-fold cross-validation over sites, except "listing", chosen on
 * these weights' own tune scores (held out, no listing page ever won; the
 * fitter says why). A --write of the fitter reproduces this table. */
static const float margins[PAGE_TYPE_COUNT] = { 0.00f, 0.80f, 1.60f, 1.40f, 1.85f, 1.75f, 1.10f };

/* weights[type][feature], in the order of enum page_feature: the mean of
 * the five cross-validation models whose held-out scores chose the margins,
 * so that the margins are in these weights' units. */
static const float weights[PAGE_TYPE_COUNT][PF_COUNT] = {
	{ /* article */
		1.2065f, 1.1735f, -0.5111f, -0.4630f, 0.0867f, -0.2602f, 0.1016f, -0.0822f,
		-0.1669f, -0.1070f, -0.0126f, -0.9189f, 0.8637f, -0.2637f, -0.0919f, -0.3400f,
		0.3453f, -0.3857f, -0.0742f, -0.0768f, 1.0213f, -0.6387f, -0.2749f, -0.2940f,
		-0.2831f, -0.3268f, -0.2469f, 0.9763f, 1.3023f, -0.5529f, 0.2578f, 1.1828f,
		0.2321f, -0.0745f, -0.1049f, 0.0038f, -0.0592f, -0.0071f, 0.9521f, -0.4657f,
		1.2769f, -0.0522f, -0.0692f, -0.0623f, 0.7173f, 0.0615f, 0.0810f, -0.4655f,
		-0.1422f, 0.3904f, 0.1187f, -0.0106f, -0.1392f, -0.5510f, 0.4188f, 0.3616f,
		-0.0249f, -0.0620f, 0.0538f, 0.0807f, 0.0631f, 0.0941f, 0.1188f, -0.1609f,
		0.0171f, 0.0845f, 0.5909f, 0.7737f, 0.1560f, -0.1464f,
	},
	{ /* forum */
		1.1595f, -0.3674f, 1.0791f, -0.1205f, -0.0033f, -0.1178f, -0.1850f, -0.0022f,
		-0.0194f, -0.0593f, -0.0035f, 0.4783f, -0.4133f, -0.0370f, -0.0239f, 0.5189f,
		-0.1559f, 0.5649f, -0.0956f, -0.0955f, 0.0974f, 1.8095f, -0.0509f, -0.1459f,
		-0.1360f, -0.1084f, -0.0827f, -0.3145f, 0.5520f, -0.1269f, 0.9853f, -0.4559f,
		0.0388f, -0.0455f, -0.0426f, -0.0140f, 0.0024f, -0.1877f, -0.2644f, -0.1466f,
		-0.0479f, -0.0112f, 0.4561f, -0.4495f, -0.4989f, 0.0183f, 0.7665f, 0.1907f,
		-0.3085f, 0.0854f, -0.0568f, -0.0487f, -0.6211f, 0.4095f, 0.0983f, -0.4053f,
		0.2753f, 0.6494f, -0.0630f, -0.0575f, 0.0586f, 0.6896f, -0.2228f, 0.0738f,
		-0.6620f, -0.4680f, 0.8564f, 0.5983f, -0.1529f, -0.0044f,
	},
	{ /* product */
		-2.4786f, -0.1908f, -0.0577f, 1.6193f, 0.0841f, 0.8447f, -0.4650f, 0.0008f,
		0.0907f, -0.5415f, -0.1642f, 0.3624f, -0.4694f, 1.0428f, -0.1626f, -0.1169f,
		-0.0105f, -0.0021f, 0.7757f, 0.7758f, -0.2605f, -0.0973f, 1.3416f, -0.1467f,
		-0.1406f, -0.2538f, -0.3268f, -0.0219f, 0.7786f, -0.0913f, 0.3924f, 0.1773f,
		-0.0417f, 0.5012f, -0.2428f, -0.1752f, 0.0014f, 0.1096f, -0.4265f, -0.0870f,
		-0.6550f, 0.0009f, -0.0865f, 0.1668f, 0.1416f, 0.1166f, -0.1308f, 0.6278f,
		0.3543f, 0.6248f, -0.1150f, 0.2950f, -0.4221f, -0.4688f, -0.4007f, -0.4344f,
		0.0394f, -0.3093f, -0.2127f, -0.1041f, -0.3091f, -0.2161f, 0.6685f, -0.0856f,
		0.0810f, 0.4319f, -0.0790f, -0.3227f, -0.3116f, -0.1700f,
	},
	{ /* collection */
		-1.0286f, -0.2819f, -0.1319f, -0.3139f, -0.1122f, -0.3499f, -0.2220f, -0.0048f,
		-0.1802f, 0.4105f, -0.3256f, 0.1429f, -0.1889f, -0.2484f, 0.0493f, -0.1838f,
		-0.0520f, 0.0034f, -0.3967f, -0.3965f, -0.6157f, 0.1791f, 0.1109f, 1.1185f,
		-0.4525f, -0.1489f, -0.4334f, -0.0477f, -0.8630f, -0.1807f, -0.5191f, -0.3116f,
		0.1206f, 0.2438f, 0.3715f, -0.5740f, -0.2652f, -0.3748f, -0.3431f, 0.3192f,
		-0.3310f, -0.0023f, -0.3611f, 0.1455f, -0.3464f, -0.0368f, -0.0565f, 0.2539f,
		0.5458f, -0.9814f, -0.0772f, -0.0139f, 0.4261f, 0.1571f, -0.1053f, -0.0804f,
		-0.5403f, 0.1258f, 0.6435f, -0.1296f, -0.1304f, -1.0272f, 0.2086f, 0.3103f,
		-0.0472f, -0.0712f, -0.3137f, -0.3907f, 0.0198f, -0.0584f,
	},
	{ /* listing */
		-0.3294f, 0.0767f, -0.2171f, -0.6601f, 0.0635f, -0.1783f, 0.8304f, -0.0030f,
		0.1953f, -0.6657f, 0.5680f, -0.2768f, -0.5889f, -0.2363f, 0.3454f, -0.1061f,
		-0.1564f, -0.1344f, -0.0388f, -0.0382f, 0.5017f, -0.7111f, -0.7074f, 0.1742f,
		1.1009f, -0.3375f, 0.0448f, -0.3766f, -0.8721f, 0.7260f, -0.3513f, -0.1560f,
		-0.1940f, -0.5816f, 0.0730f, 0.9356f, 0.3476f, 0.0854f, 0.1516f, 0.8207f,
		-0.8878f, -0.0746f, -0.6281f, -0.0471f, 0.0833f, 0.1641f, 0.3468f, -0.0370f,
		-0.0614f, 0.1489f, -0.1599f, 0.0430f, 0.3519f, 0.5774f, 0.2847f, 0.4101f,
		-0.1548f, -0.0498f, 0.1744f, 0.0342f, 0.3386f, -0.0984f, 0.0784f, 0.0242f,
		0.0609f, -0.6844f, -0.1269f, 0.0152f, 0.1890f, 0.7970f,
	},
	{ /* documentation */
		1.8761f, -0.1680f, -0.0701f, -0.0811f, -0.0087f, -0.0757f, -0.1312f, 0.1126f,
		-0.0868f, -0.0885f, 0.0003f, -0.2270f, 0.6801f, -0.0354f, -0.0254f, 0.1688f,
		-0.0974f, -0.0072f, -0.0021f, -0.0021f, -0.5446f, -0.2178f, -0.1885f, -0.2482f,
		0.2059f, 1.7116f, -0.0770f, -0.0448f, -0.4775f, -0.3291f, -0.4008f, -0.1210f,
		-0.0778f, -0.1042f, -0.1417f, -0.1400f, -0.0116f, -0.4010f, -0.0268f, 0.1793f,
		0.0644f, 0.0665f, 0.7872f, 0.1654f, 0.1211f, -0.1740f, -0.5292f, -0.5011f,
		-0.6069f, -0.1690f, 0.2373f, -0.5053f, 0.3049f, 0.1285f, -0.1042f, 0.0706f,
		-0.1690f, -0.1140f, -0.1673f, -0.1610f, -0.0654f, 0.0953f, -0.2030f, 0.1400f,
		0.6605f, 0.0109f, -0.0762f, 0.1532f, -0.1145f, 0.1687f,
	},
	{ /* service */
		0.3323f, -0.2432f, -0.0909f, 0.0123f, -0.0153f, 0.2368f, -0.1099f, 0.0003f,
		0.2482f, 1.0306f, -0.0754f, 0.5082f, 0.1186f, -0.2315f, -0.1568f, 0.0653f,
		0.1253f, -0.0225f, -0.0863f, -0.0859f, -0.1857f, -0.2103f, -0.3543f, -0.4414f,
		-0.4103f, -0.5807f, 1.1343f, -0.0733f, -0.3910f, 0.5513f, -0.3618f, -0.2326f,
		-0.0926f, -0.0340f, 0.1038f, -0.0635f, -0.0293f, 0.7978f, -0.0398f, -0.5769f,
		0.5868f, 0.0648f, -0.1570f, 0.0182f, -0.1616f, -0.1523f, -0.4825f, -0.1502f,
		0.1038f, -0.1044f, 0.0881f, 0.1473f, -0.0026f, -0.2534f, -0.1791f, 0.1250f,
		0.6028f, -0.2040f, -0.3197f, 0.4083f, -0.0273f, 0.4262f, -0.6760f, -0.2899f,
		-0.0971f, 0.7221f, -0.8421f, -0.8092f, 0.1987f, -0.5855f,
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
