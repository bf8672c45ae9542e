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
 * Chosen by bench/pagetype_fit.py on the tune half: by 5-fold
 * cross-validation over sites, except "listing", chosen on these weights'
 * own tune scores (held out, no listing page ever won; the fitter says
 * why). A --write of the fitter reproduces this table. */
static const float margins[PAGE_TYPE_COUNT] = { 0.00f, 0.80f, 1.70f, 1.00f, 0.00f, 1.75f, 1.30f };

/* weights[type][feature], in the order of enum page_feature. */
static const float weights[PAGE_TYPE_COUNT][PF_COUNT] = {
	{ /* article */
		1.3544f, 1.2906f, -0.5232f, -0.4408f, 0.0529f, -0.2349f, 0.1882f, -0.0516f,
		-0.2214f, -0.0011f, -0.0181f, -0.6862f, 0.6898f, -0.1655f, -0.0669f, -0.3187f,
		0.4220f, -0.3808f, -0.0255f, -0.0289f, 0.8959f, -0.6733f, -0.0055f, -0.2342f,
		-0.2388f, -0.3404f, -0.2726f, 0.9805f, 1.2964f, -0.5836f, 0.3773f, 1.2275f,
		0.2845f, -0.0901f, -0.4903f, 0.0896f, 0.0205f, 0.0043f, 0.9643f, -0.5305f,
		1.3261f, 0.1014f, -0.0843f, -0.1303f, 0.6873f, -0.0991f, 0.2493f, -0.4244f,
		-0.1988f, 0.4438f, 0.2026f, -0.0272f, -0.1418f, -0.4642f, 0.4572f, 0.2918f,
		-0.0055f, -0.2312f, -0.2726f, 0.0782f, 0.0990f, 0.2313f, 0.3157f, -0.1324f,
		0.0591f, 0.1200f, 0.5978f, 0.6990f, 0.2072f, -0.1366f,
	},
	{ /* forum */
		1.2594f, -0.3699f, 1.2259f, -0.4521f, -0.0284f, -0.4534f, -0.0838f, -0.0035f,
		0.0153f, -0.1926f, -0.0351f, 0.5566f, -0.5148f, 0.0086f, -0.0437f, 0.5135f,
		-0.2479f, 0.5250f, -0.2418f, -0.2411f, 0.1927f, 1.9131f, -0.3091f, -0.3078f,
		-0.0989f, -0.1672f, -0.0956f, -0.2232f, 0.5464f, -0.0011f, 0.9183f, -0.4628f,
		-0.0952f, -0.3316f, -0.0302f, -0.0736f, -0.0015f, -0.1796f, -0.2712f, -0.0938f,
		-0.0569f, -0.0664f, 0.5097f, -0.3322f, -0.4933f, 0.1510f, 0.7048f, 0.2914f,
		-0.2067f, 0.2910f, -0.1187f, 0.0236f, -0.6823f, 0.4068f, 0.1232f, -0.4605f,
		0.3093f, 0.5401f, -0.1766f, -0.1485f, 0.0453f, 0.6010f, -0.5160f, 0.0331f,
		-0.6108f, -0.6558f, 0.7971f, 0.5585f, -0.1168f, -0.0599f,
	},
	{ /* product */
		-2.6541f, -0.1966f, -0.1425f, 1.5956f, 0.0563f, 0.7465f, -0.5502f, 0.0087f,
		0.0740f, -0.7330f, -0.0722f, 0.0997f, -0.4267f, 1.0308f, -0.0456f, -0.2255f,
		0.0079f, -0.0036f, 0.8191f, 0.8193f, -0.3428f, -0.2242f, 1.3051f, -0.0138f,
		-0.1234f, -0.3501f, -0.3573f, -0.0148f, 0.7593f, -0.1021f, 0.5090f, 0.1888f,
		-0.0195f, 0.5849f, -0.1149f, -0.0774f, -0.0170f, 0.1950f, -0.3842f, -0.0430f,
		-0.7189f, 0.0663f, -0.1471f, 0.1095f, 0.1225f, 0.0671f, -0.3152f, 0.6526f,
		0.3738f, 0.6631f, -0.2098f, 0.3530f, -0.3009f, -0.4962f, -0.4134f, -0.3851f,
		0.0454f, -0.2388f, -0.2491f, -0.1458f, -0.3127f, -0.2211f, 0.6313f, -0.0820f,
		0.0027f, 0.3952f, -0.0202f, -0.3398f, -0.2827f, -0.0880f,
	},
	{ /* collection */
		-0.9780f, -0.3065f, 0.0053f, -0.1711f, 0.0331f, -0.2123f, -0.3319f, -0.0004f,
		-0.2716f, 0.4282f, -0.2576f, 0.1569f, -0.2918f, -0.1666f, -0.0942f, -0.1853f,
		-0.0317f, -0.0085f, -0.2923f, -0.2922f, -0.5935f, 0.1306f, 0.1753f, 1.1842f,
		-0.3814f, -0.0856f, -0.5542f, 0.0386f, -0.7829f, -0.1590f, -0.5213f, -0.4289f,
		0.0649f, 0.1924f, 0.3695f, -0.5413f, -0.2527f, -0.2851f, -0.3214f, 0.3831f,
		-0.3242f, -0.0326f, -0.4321f, 0.1105f, -0.3208f, -0.0486f, 0.0000f, 0.2410f,
		0.5972f, -0.9538f, 0.0755f, -0.0721f, 0.4996f, 0.2368f, -0.0548f, -0.0057f,
		-0.5766f, 0.0101f, 0.7071f, 0.1157f, -0.2329f, -1.0012f, 0.0909f, 0.3624f,
		-0.0141f, -0.0178f, -0.3137f, -0.3112f, -0.0085f, -0.0119f,
	},
	{ /* listing */
		-0.4036f, 0.0218f, -0.2453f, -0.7032f, -0.0732f, -0.3084f, 0.9404f, 0.0261f,
		0.2012f, -0.7994f, 0.4934f, -0.2375f, -0.3926f, -0.4519f, 0.3860f, -0.1622f,
		-0.2016f, -0.1505f, -0.0131f, -0.0123f, 0.5431f, -0.6542f, -0.9282f, 0.0145f,
		1.0127f, -0.4037f, 0.0404f, -0.4426f, -1.0112f, 0.6003f, -0.4236f, -0.1001f,
		-0.1695f, -0.5764f, 0.1305f, 0.9175f, 0.4204f, -0.1122f, 0.1001f, 0.7308f,
		-0.9355f, -0.1770f, -0.6655f, -0.0754f, 0.0896f, 0.1980f, 0.3091f, -0.1310f,
		-0.1171f, 0.0905f, -0.1309f, -0.0188f, 0.2696f, 0.4606f, 0.2064f, 0.2803f,
		-0.2030f, 0.2136f, 0.3505f, -0.2206f, 0.3421f, -0.1626f, 0.1261f, -0.0475f,
		-0.0123f, -0.6316f, -0.2216f, 0.0727f, 0.0715f, 0.7427f,
	},
	{ /* documentation */
		2.0997f, -0.3210f, -0.0995f, -0.1524f, -0.0034f, -0.3613f, -0.1706f, 0.1888f,
		-0.2582f, -0.0574f, -0.0025f, -0.2202f, 0.7429f, -0.3074f, -0.1587f, 0.1931f,
		-0.0537f, -0.1535f, -0.0036f, 0.0031f, -0.5582f, -0.4435f, -0.3303f, -0.2085f,
		0.1995f, 1.7616f, -0.1728f, -0.2029f, -0.4582f, -0.3492f, -0.5514f, -0.1649f,
		-0.2316f, -0.2091f, -0.0903f, -0.1962f, -0.1283f, -0.4498f, -0.0875f, 0.1521f,
		0.0738f, -0.1007f, 0.7792f, 0.2020f, 0.0179f, -0.0788f, -0.5492f, -0.5922f,
		-0.6465f, -0.3308f, 0.1952f, -0.5200f, 0.3035f, 0.1237f, -0.1443f, 0.0460f,
		-0.2166f, -0.1760f, -0.1239f, -0.1817f, -0.1730f, 0.0528f, -0.2636f, 0.1185f,
		0.7233f, -0.0352f, -0.0557f, 0.2878f, -0.0614f, 0.2253f,
	},
	{ /* service */
		0.4948f, -0.2285f, -0.1616f, 0.0472f, 0.0768f, 0.3496f, -0.0063f, 0.0009f,
		0.3362f, 1.2444f, -0.0002f, 0.3865f, 0.2331f, -0.0546f, -0.0731f, 0.1444f,
		0.1111f, -0.0746f, -0.0044f, -0.0040f, -0.0818f, -0.2859f, -0.2660f, -0.2737f,
		-0.2967f, -0.5187f, 1.2762f, -0.0681f, -0.3951f, 0.6005f, -0.2851f, -0.3764f,
		0.0065f, -0.0603f, 0.3194f, -0.0104f, 0.0034f, 0.8046f, -0.0104f, -0.4852f,
		0.6045f, 0.1235f, -0.1765f, 0.1695f, -0.1234f, -0.1172f, -0.5103f, -0.1148f,
		0.0752f, -0.1852f, -0.0364f, 0.2064f, 0.0044f, -0.2193f, -0.1600f, 0.2686f,
		0.6284f, -0.1831f, -0.3110f, 0.4043f, 0.0759f, 0.4692f, -0.6285f, -0.2695f,
		-0.1196f, 0.7492f, -0.7840f, -0.8812f, 0.2906f, -0.5797f,
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
