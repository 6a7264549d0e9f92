/** The law search API: typed requests checked when made, hits and results; the Lucene adapter in {@code kg.index} answers them. */
package cn.esip.kg.search;
